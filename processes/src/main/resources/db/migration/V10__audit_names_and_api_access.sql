-- Runs on PostgreSQL and H2: keep to the SQL both speak.

-- The person's full name as it was when the event was written, so the audit view shows names, not logins. Rows
-- written before this migration keep it empty: the view then shows the name the person last signed in with, or
-- the username.
alter table audit_event add column actor_name varchar(200);
create index audit_event_actor on audit_event (actor);

-- The names people last signed in or called the API with: where a capability records only a username, the row
-- still gets the full name at write time.
create table audit_person (
    username     varchar(100) primary key,
    display_name varchar(200) not null,
    unit_id      varchar(32),
    seen_at      timestamp with time zone not null
);

-- API access (HTTP Basic or bearer token) per day, person and endpoint pattern: counted, not one row per call, so
-- the audit trail of people's actions is not buried under machine traffic.
create table api_access (
    on_day    date         not null,
    username  varchar(100) not null,
    unit_id   varchar(32)  not null,
    endpoint  varchar(200) not null,
    calls     bigint       not null,
    first_at  timestamp with time zone not null,
    last_at   timestamp with time zone not null,
    primary key (on_day, username, unit_id, endpoint)
);
