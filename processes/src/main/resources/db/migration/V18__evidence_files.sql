-- Evidence files (tài liệu kiểm chứng) of a unit's self-assessment, per round, unit and sub-criterion code. A file
-- is withdrawn, never deleted: the row keeps who withdrew it, when and why, and its content stays in the store, so
-- no file is lost when its criterion's score changes. The content itself lives in the configured store
-- (a directory, or PostgreSQL large objects); storage_ref says where.
create table evidence_file (
    id                varchar(36)  primary key,
    round_id          varchar(36)  not null references evaluation_round (id),
    unit_id           varchar(32)  not null references unit (id),
    criterion         varchar(40)  not null,
    file_name         varchar(200) not null,
    content_type      varchar(10)  not null,
    size_bytes        bigint       not null,
    sha256            char(64)     not null,
    uploaded_by       varchar(100) not null,
    uploaded_by_name  varchar(200),
    uploaded_at       timestamp with time zone not null,
    scan              varchar(20)  not null,
    scan_detail       varchar(200),
    storage_ref       varchar(200) not null,
    withdrawn_by      varchar(100),
    withdrawn_by_name varchar(200),
    withdrawn_at      timestamp with time zone,
    withdrawn_reason  varchar(2000)
);
create index evidence_file_unit on evidence_file (round_id, unit_id, criterion);
