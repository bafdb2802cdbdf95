-- Runs on PostgreSQL (production, tests) and H2 (embedded default only): keep to the SQL both speak.

-- A publication (#14): the council-approved result version of a round, frozen as an immutable, numbered record.
-- A correction is a new publication of the same round that supersedes the current one with its reason; nothing is
-- edited in place: only state, superseded_by and superseded_at of the old one change, once. code is what people
-- cite ('CB-2026-01'). manifest_sha256 is the SHA-256 of the manifest file (every file's path and SHA-256).
create table publication (
    id                 varchar(36)   primary key,
    round_id           varchar(36)   not null references evaluation_round (id),
    result_version_id  varchar(36)   not null references index_result_version (id),
    result_year        integer       not null,
    publication_no     integer       not null,
    code               varchar(40)   not null unique,
    title              varchar(300)  not null,
    state              varchar(12)   not null check (state in ('CURRENT', 'SUPERSEDED')),
    supersedes_id      varchar(36)   references publication (id),
    reason             varchar(2000),
    published_by       varchar(100)  not null,
    published_by_name  varchar(200)  not null,
    published_at       timestamp with time zone not null,
    superseded_by      varchar(36),
    superseded_at      timestamp with time zone,
    manifest_sha256    char(64)      not null,
    unique (round_id, publication_no)
);
create index publication_year on publication (result_year, state);

-- Every file a publication carries, with its SHA-256 (the manifest lists the same): the signed national report
-- ('bao-cao-quoc-gia.pdf'), one signed scorecard per unit ('don-vi/<unit id>.pdf'), the open datasets and their
-- dictionary ('du-lieu/...'), the replication package ('tai-lap.zip') and the manifest ('manifest.json').
-- storage_ref names the bytes in the publication store (content-addressed, never overwritten).
create table publication_file (
    publication_id varchar(36)   not null references publication (id),
    path           varchar(200)  not null,
    kind           varchar(12)   not null check (kind in ('REPORT', 'UNIT_REPORT', 'DATASET', 'DICTIONARY',
                                                           'REPLICATION', 'MANIFEST')),
    unit_id        varchar(32),
    content_type   varchar(100)  not null,
    size_bytes     bigint        not null,
    sha256         char(64)      not null,
    storage_ref    varchar(200)  not null,
    primary key (publication_id, path)
);
create index publication_file_sha on publication_file (sha256);

-- The published numbers: the approved version's rows copied at publication, with the unit's name and kind as they
-- were then (names change with mergers; a publication says what it said). Aggregates only, never an answer. The
-- public site reads these, never index_result.
create table publication_result (
    publication_id varchar(36)   not null references publication (id),
    unit_id        varchar(32)   not null,
    unit_name      varchar(300)  not null,
    unit_kind      varchar(12)   not null,
    measure        varchar(120)  not null,
    estimate       double precision,
    se             double precision,
    ci_low         double precision,
    ci_high        double precision,
    n              bigint,
    points         numeric(9, 2),
    max_points     numeric(9, 2),
    unit_rank      integer,
    rank_low       integer,
    rank_high      integer,
    not_different  varchar(4000),
    result_group   varchar(8),
    note           varchar(100),
    primary key (publication_id, unit_id, measure)
);

-- Where a version's numbers come from: COMPUTED by the compilation from the round's responses and assessments (its
-- replication package recomputes every one), or ENTERED as they were compiled elsewhere (results of years before
-- Thước Đo, the embedded default's illustrative past years): their package carries the numbers and says that no
-- inputs exist to recompute them.
alter table index_result_version add column origin varchar(10) default 'COMPUTED' not null;
