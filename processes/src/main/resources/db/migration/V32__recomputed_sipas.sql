-- Runs on PostgreSQL (production, tests) and H2 (embedded default only): keep to the SQL both speak.

-- SIPAS of a province formed on 1 July 2025, recomputed from a pre-merger round the system holds (#13): the old
-- provinces' accepted responses estimated together as the new province's domain, the old provinces staying the
-- strata, with the definition the round was compiled with (index_definition, from result_version_id: its current
-- publication's version, else the newest approved, else the newest). origin says these numbers were never published
-- as such: RECOMPUTED. Rows as index_result's (estimate 0..1, se, interval, n valid answers, note a message key);
-- predecessors are the old provinces' ids, comma-separated. One recompute is one recompute_id; a later recompute of
-- the round marks the earlier rows superseded_at, never deleting them. The history and the public site read them
-- only for a round with a CURRENT publication.
create table recomputed_sipas (
    recompute_id      varchar(36)   not null,
    round_id          varchar(36)   not null references evaluation_round (id),
    result_year       integer       not null,
    unit_id           varchar(32)   not null references unit (id),
    measure           varchar(120)  not null,
    estimate          double precision,
    se                double precision,
    ci_low            double precision,
    ci_high           double precision,
    n                 bigint,
    note              varchar(100),
    predecessors      varchar(500)  not null,
    respondents       bigint        not null,
    origin            varchar(10)   default 'RECOMPUTED' not null,
    index_definition  varchar(100)  not null,
    result_version_id varchar(36)   references index_result_version (id),
    computed_by       varchar(100)  not null,
    computed_at       timestamp with time zone not null,
    superseded_at     timestamp with time zone,
    primary key (recompute_id, unit_id, measure)
);
create index recomputed_sipas_unit on recomputed_sipas (unit_id, measure, result_year);
create index recomputed_sipas_round on recomputed_sipas (round_id);
