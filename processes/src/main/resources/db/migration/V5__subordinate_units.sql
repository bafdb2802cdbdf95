-- A province evaluates its own departments and communes: units under a parent unit, registered by the province.
alter table unit add column parent_id varchar(32) references unit (id);
create index unit_parent on unit (parent_id, kind);
