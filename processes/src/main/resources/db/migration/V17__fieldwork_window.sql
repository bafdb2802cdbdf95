-- Runs on PostgreSQL and H2: keep to the SQL both speak.

-- The days a round's interviews may be made, set by its coordinator: an interview begun outside them is flagged by
-- an OUTSIDE_WINDOW quality rule. Whole days in Asia/Ho_Chi_Minh, both ends included. A round without a row has no
-- window yet, and the rule is not judged.
create table fieldwork_window (
    round_id varchar(36) not null primary key references evaluation_round (id),
    opens    date        not null,
    closes   date        not null,
    set_by   varchar(60) not null,
    set_at   timestamp   not null
);
