-- Runs on PostgreSQL and H2: keep to the SQL both speak.

-- Questionnaire versions imported from XLSForm workbooks (the shipped ones live in forms/ on the classpath). A
-- version is immutable: never updated, and its id@version is never reused, so a round that pinned it reads the
-- questionnaire it chose. The definition is the canonical JSON; the checksum (SHA-256 of it) lets anyone check
-- that it is the one imported.
create table questionnaire (
    id            varchar(64)  not null,
    version       integer      not null,
    kind          varchar(20)  not null,
    title         varchar(500) not null,
    definition    text         not null,
    checksum      varchar(64)  not null,
    items         integer      not null,
    imported_by   varchar(100) not null,
    imported_unit varchar(32)  not null,
    imported_at   timestamp with time zone not null,
    primary key (id, version)
);
