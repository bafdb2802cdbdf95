-- Runs on PostgreSQL and H2: keep to the SQL both speak.

-- A round's schedule is kept by the stage's key (RoundStage.key, a bean per stage) instead of the name of the enum
-- that listed the stages before. Sampling and fieldwork became the survey stage (SurveyProcess, issue #9); the
-- other stages keep their meaning under their lower-case key.
update round_stage_due set stage = 'survey' where stage = 'FIELDWORK';
update round_stage_due set stage = lower(stage) where stage <> 'survey';
