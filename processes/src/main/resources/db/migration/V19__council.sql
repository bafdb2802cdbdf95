-- The appraisal council (Hội đồng thẩm định) of a round: its members named by the coordinator (one of them the
-- chair), its voting sessions (a session is one vote round: opened, decided, outcome) and every vote with its
-- comment and the units it sends back. Nothing is deleted: a member removed later keeps the votes they cast.
create table council_member (
    round_id     varchar(36)  not null references evaluation_round (id),
    username     varchar(100) not null,
    display_name varchar(200) not null,
    chair        boolean      not null,
    named_by     varchar(100) not null,
    named_at     timestamp with time zone not null,
    primary key (round_id, username)
);

create table council_session (
    id          varchar(36)  primary key,
    round_id    varchar(36)  not null references evaluation_round (id),
    session_no  integer      not null,
    opened_by   varchar(100) not null,
    opened_at   timestamp with time zone not null,
    closes_at   timestamp with time zone not null,
    members     integer      not null,
    decided_at  timestamp with time zone,
    outcome     varchar(12),
    unique (round_id, session_no)
);

create table council_vote (
    session_id   varchar(36)   not null references council_session (id),
    username     varchar(100)  not null,
    display_name varchar(200)  not null,
    choice       varchar(10)   not null,
    comment      varchar(2000),
    cast_at      timestamp with time zone not null,
    primary key (session_id, username)
);

create table council_vote_unit (
    session_id varchar(36)  not null,
    username   varchar(100) not null,
    unit_id    varchar(32)  not null references unit (id),
    primary key (session_id, username, unit_id),
    foreign key (session_id, username) references council_vote (session_id, username)
);
