-- Runs on PostgreSQL and H2: keep to the SQL both speak.

-- A round's schedule beyond sampling (whose deadline is evaluation_round.sampling_due): one row per later stage the
-- coordinator set a deadline for.
create table round_stage_due (
    round_id varchar(36) not null references evaluation_round (id),
    stage    varchar(20) not null,
    due      date        not null,
    primary key (round_id, stage)
);
