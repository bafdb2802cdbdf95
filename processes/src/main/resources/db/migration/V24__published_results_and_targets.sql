-- Runs on PostgreSQL and H2: keep to the SQL both speak.

-- One import of past published results or of targets: who, when, which file, how many rows it brought and how many
-- current rows it replaced. Kept for ever, so every value can be traced to the file it came from.
create table history_batch (
    id            varchar(36)  primary key,
    kind          varchar(10)  not null,
    file_name     varchar(255),
    row_count     integer      not null,
    replaced      integer      not null,
    imported_by   varchar(100) not null,
    imported_name varchar(200),
    imported_at   timestamp with time zone not null
);

-- A published (or, later, computed) value of one unit in one year: measure 'sipas', 'par' or an element/area of them
-- ('sipas:<id>', 'par:<id>'). unit_id may be a province of before July 2025 (T63-..). A re-import of a (year,
-- measure) marks the rows it replaces with superseded_by (the new batch), it never deletes them.
create table published_result (
    id             varchar(36)  primary key,
    unit_id        varchar(32)  not null references unit (id),
    result_year    integer      not null,
    measure        varchar(48)  not null,
    result_value   decimal(7, 2) not null,
    result_rank    integer,
    result_group   varchar(8),
    source         varchar(10)  not null,
    batch_id       varchar(36)  not null references history_batch (id),
    imported_by    varchar(100) not null,
    imported_name  varchar(200),
    imported_at    timestamp with time zone not null,
    superseded_by  varchar(36)  references history_batch (id),
    superseded_at  timestamp with time zone
);
create index published_result_unit on published_result (unit_id, measure, result_year);
create index published_result_year on published_result (result_year, measure);

-- A unit's target: the measure at least (comparator '>=') value by target_year. A change is a new row; the row it
-- replaces keeps its values and gets superseded_by (the new row's id) and superseded_at, so history is kept.
create table unit_target (
    id            varchar(36)  primary key,
    unit_id       varchar(32)  not null references unit (id),
    measure       varchar(48)  not null,
    target_year   integer      not null,
    comparator    varchar(2)   not null,
    target_value  decimal(7, 2) not null,
    note          varchar(500),
    source        varchar(10)  not null,
    batch_id      varchar(36)  references history_batch (id),
    set_by        varchar(100) not null,
    set_name      varchar(200),
    set_at        timestamp with time zone not null,
    superseded_by varchar(36),
    superseded_at timestamp with time zone
);
create index unit_target_unit on unit_target (unit_id, measure, target_year);
