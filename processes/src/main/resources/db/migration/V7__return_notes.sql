-- V6 is the commune register's. Runs on PostgreSQL and H2: keep to the SQL both speak.

-- A return's reasons pinned to a field of the form or a row of an annex, per reviewed submission (revision), so
-- the unit sees exactly what to correct and the history keeps every round of corrections.
create table sampling_return_note (
    request_id varchar(36)  not null references sampling_request (id),
    revision   integer      not null,
    seq        integer      not null,
    target     varchar(40)  not null,
    ref        varchar(80)  not null,
    subject    varchar(700),
    reason     varchar(500) not null,
    primary key (request_id, revision, seq)
);
