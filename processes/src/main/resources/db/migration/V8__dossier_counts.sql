-- Runs on PostgreSQL and H2: keep to the SQL both speak.

-- Phụ lục 2 a unit attached to its sampling request: which template, who, when.
create table sampling_dossier_frame (
    request_id  varchar(36)  primary key references sampling_request (id),
    template    varchar(80)  not null,
    attached_by varchar(100) not null,
    attached_at timestamp with time zone not null
);

-- Its rows: dossiers received and handled per service area. Replaced as a whole, like Phụ lục 1.
create table sampling_dossier_count (
    request_id   varchar(36)  not null references sampling_dossier_frame (request_id),
    row_number   integer      not null,
    service_area varchar(200) not null,
    received     bigint       not null,
    handled      bigint       not null,
    primary key (request_id, row_number)
);
