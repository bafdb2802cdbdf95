-- h/assess-admin: what the dashboard's assessment column needs beyond the state.
-- handed_to_leader_at: the officers handed the self-assessment to their leader (shown as "waiting for the leader's
-- sign-off"); cleared when the leader sends it back. reopened_at: the council sent the unit back and its appraisal
-- reopened (shown as "re-appraisal"); cleared when the appraisers finalise again.
alter table self_assessment add column handed_to_leader_at timestamp with time zone;
alter table self_assessment add column reopened_at timestamp with time zone;
