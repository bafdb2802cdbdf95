-- Runs on PostgreSQL (production, tests) and H2 (embedded default only): keep to the SQL both speak.

-- The commune register (xã, phường, đặc khu) of each province over its validity periods: what a province's
-- sampling frame may name. The same code may come back in a later period (a commune reorganised again), so a
-- period is keyed by its start. V6_1 loads the communes from 01/07/2025; later changes are new migrations.
create table commune (
    code        varchar(5)   not null,
    name        varchar(200) not null,
    province_id varchar(32)  not null references unit (id),
    valid_from  date         not null,
    valid_to    date,
    primary key (code, valid_from)
);
create index commune_province on commune (province_id, valid_from);
