-- Runs on PostgreSQL and H2: keep to the SQL both speak.

-- Official PAR INDEX scorecards an administrator imported from the Excel template (the shipped defaults live in
-- forms/ on the classpath). A version is immutable: never updated, its id never reused, so a self-assessment that
-- was scored against it always reads the same criteria. For the years it covers, the latest imported version of a
-- kind is the one in force. The definition is the canonical JSON; the checksum (SHA-256 of it) lets anyone check
-- that it is the one imported.
create table scorecard_version (
    id            varchar(64)  not null primary key,
    version       integer      not null,
    kind          varchar(20)  not null,
    year_from     integer      not null,
    year_to       integer,
    title         varchar(500) not null,
    definition    text         not null,
    checksum      varchar(64)  not null,
    imported_by   varchar(100) not null,
    imported_unit varchar(32)  not null,
    imported_at   timestamp with time zone not null
);

create index scorecard_version_kind on scorecard_version (kind, imported_at);
