-- Runs on PostgreSQL (production, tests) and H2 (embedded default only): keep to the SQL both speak.

-- The uncertainty of a rank (#13, "Rank uncertainty"): on sipas:overall (provinces) and par:total / par:percent
-- (provinces and ministries, each among its kind), the 95% rank interval from the bootstrap replicates, and the
-- units whose difference from this one is not significant, as their ids separated by commas (empty: none).
-- sipas:overall rows now also carry unit_rank, the rank among the provinces with an estimate.
alter table index_result add column rank_low integer;
alter table index_result add column rank_high integer;
alter table index_result add column not_different varchar(4000);
