-- A round's survey as the estimator reads it, summed per (stratum, cluster, domain) under one index definition
-- (#13): SIPAS with its SEs, CIs and replicates needs only these sums, not the million answers behind them. Built
-- from the responses the first time the compilation needs them (SurveyRows), then reused while the responses are
-- the same. The responses only ever grow (a final online response is never changed; an interview once ACCEPTED is
-- final), so the same count of responses per (unit, commune), kept in `counts`, means the same responses; any
-- other count and the totals are built again. The sums are exact (ClusterTotals), so they do not depend on the
-- order the rows were read in. No foreign key to the round: the totals are written in a transaction of their own
-- while the compilation's may hold the round's row (a key check would wait for it, and it waits for them).
create table survey_totals (
    round_id    varchar(36)  not null,
    definition  varchar(64)  not null,
    -- "unit,commune,responses" lines, sorted: every response of the questionnaire, weighted or not.
    counts      text         not null,
    -- The design aggregates in SurveyAggregates' CSV, the replication package's format.
    aggregates  text         not null,
    -- "domain,respondents,weight" lines: each unit's weighted respondents and Σ of their design weights.
    domains     text         not null,
    responses   integer      not null,
    unweighted  integer      not null,
    built_at    timestamp with time zone not null,
    primary key (round_id, definition)
);

-- The guard's count, and the officials' responses, by questionnaire: without the questionnaire in an index every
-- row of the round is fetched from the table to be filtered (three times a GROUP BY over the round's index); with
-- it the count is read from the index alone, as the GROUP BY is.
create index survey_response_questionnaire on survey_response (round_id, questionnaire, unit_id, commune_code);
