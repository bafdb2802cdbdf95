-- Runs on PostgreSQL (production, tests) and H2 (embedded default only): keep to the SQL both speak.

-- The compiled indices of a round (SIPAS and PAR INDEX), as versions: a recompute after a correction is a new
-- version with its reason, never an edit in place. DRAFT while the coordinator reviews, READY for the council,
-- APPROVED once a council session approved it, SUPERSEDED by a later version. The definitions used are named so a
-- version can be recomputed and explained years later.
create table index_result_version (
    id                 varchar(36)   primary key,
    round_id           varchar(36)   not null references evaluation_round (id),
    version_no         integer       not null,
    reason             varchar(2000),
    computed_by        varchar(100)  not null,
    computed_by_name   varchar(200)  not null,
    computed_at        timestamp with time zone not null,
    state              varchar(12)   not null check (state in ('DRAFT', 'READY', 'APPROVED', 'SUPERSEDED')),
    index_definition   varchar(100),
    scorecards         varchar(500)  not null,
    responses          integer       not null,
    unweighted         integer       not null,
    unique (round_id, version_no)
);

-- One number of a version: a unit's (or 'national') value of one measure - sipas:overall, sipas:part:<id>,
-- sipas:element:<id>, par:area:<code>, par:total, par:percent. SIPAS rows carry estimate (0..1), se, ci, n (valid
-- answers) and weight_total (the respondents' design weights); PAR rows points and max_points, par:total and
-- par:percent the rank among units of the same kind and the group. note is a message key (insufficient data ...).
create table index_result (
    version_id   varchar(36)   not null references index_result_version (id),
    unit_id      varchar(32)   not null,
    unit_kind    varchar(12)   not null,
    measure      varchar(120)  not null,
    estimate     double precision,
    se           double precision,
    ci_low       double precision,
    ci_high      double precision,
    n            bigint,
    weight_total double precision,
    points       numeric(9, 2),
    max_points   numeric(9, 2),
    unit_rank    integer,
    result_group varchar(8),
    note         varchar(100),
    primary key (version_id, unit_id, measure)
);

-- Which compiled version a council session reviewed (null before the compilation existed: the appraised points).
alter table council_session add column result_version_id varchar(36) references index_result_version (id);
