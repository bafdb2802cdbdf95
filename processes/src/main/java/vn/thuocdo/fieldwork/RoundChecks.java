package vn.thuocdo.fieldwork;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.thuocdo.forms.Text;
import vn.thuocdo.forms.design.FieldworkRules;
import vn.thuocdo.forms.design.QualityRule;
import vn.thuocdo.forms.design.SampleDesigns;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.fieldwork.quality.FieldworkWindow;
import vn.thuocdo.shared.TimeZones;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the checks of a round's interviews are made of: the fieldwork block of its approved sample's design, the
 * pinned questionnaire, the seed of the sample (the call-back draw's too) and the days the coordinator set.
 */
@Component
class RoundChecks {

    private static final Logger log = LoggerFactory.getLogger(RoundChecks.class);

    private final JdbcTemplate jdbc;
    private final SampleDesigns designs;
    private final FieldworkRounds rounds;
    private final FieldworkTeams teams;

    RoundChecks(JdbcTemplate jdbc, SampleDesigns designs, FieldworkRounds rounds, FieldworkTeams teams) {
        this.teams = teams;
        this.jdbc = jdbc;
        this.designs = designs;
        this.rounds = rounds;
    }

    /**
     * {@code rules} hold only the quality rules that can be judged here: without a window, no OUTSIDE_WINDOW rule;
     * rules that do not fit the questionnaire, none at all (logged), rather than refuse the enumerator's interview.
     */
    record Setup(FieldworkRules rules, Questionnaire questionnaire, FieldworkWindow window, long seed) {

        boolean judgedByTime(QualityRule rule) {
            return !(rule instanceof QualityRule.StraightLining) && !(rule instanceof QualityRule.SamePattern);
        }

        FieldworkRules only(List<QualityRule> kept) {
            return new FieldworkRules(rules.questionnaire(), rules.description(), rules.callBacks(),
                    rules.outcomeCodes(), kept);
        }
    }

    /** From the first instant of the opening day to the last of the closing day, in Vietnam's time. */
    static FieldworkWindow window(FieldworkDays days) {
        return new FieldworkWindow(days.opens().atStartOfDay(TimeZones.VIETNAM).toInstant(),
                days.closes().plusDays(1).atStartOfDay(TimeZones.VIETNAM).toInstant().minusNanos(1));
    }

    /** The labels of the round's quality rules by id, as the design has them; null for an id it has not. */
    Function<String, Text> labels(String roundId) {
        FieldworkRules rules = design(roundId).map(Design::rules).orElse(null);
        return id -> rules == null ? null : rules.rule(id).map(QualityRule::label).orElse(null);
    }

    /** The ids of the round's quality rules in the design's order. */
    List<String> ruleIds(String roundId) {
        return design(roundId).map(s -> s.rules().qualityRules().stream().map(QualityRule::id).toList())
                .orElse(List.of());
    }

    /** The questions the design has a call-back ask again, in its order; none without a fieldwork block. */
    List<String> callBackQuestions(String roundId) {
        return design(roundId).map(s -> s.rules().callBacks().questions()).orElse(List.of());
    }

    private record Design(FieldworkRules rules, long seed) {
    }

    private Optional<Design> design(String roundId) {
        return jdbc.query("select design, seed from survey_sample where round_id = ? and state = 'APPROVED'",
                        (rs, n) -> new Object[]{rs.getString(1), rs.getLong(2)}, roundId).stream().findFirst()
                .flatMap(row -> designs.find((String) row[0]).filter(d -> d.fieldwork() != null)
                        .map(d -> new Design(d.fieldwork(), (Long) row[1])));
    }

    /** The round's checks; empty when its sample is not approved or its design has no fieldwork block. */
    Optional<Setup> of(String roundId) {
        Design design = design(roundId).orElse(null);
        if (design == null) {
            return Optional.empty();
        }
        FieldworkRules rules = design.rules();
        Questionnaire questionnaire = rounds.questionnaire(roundId);
        // The days the coordinator set for fieldwork, not the online survey's window: that one opens when the sample
        // is approved and closes with the invitations, which says nothing of when households may be visited. Until
        // the coordinator sets the days, OUTSIDE_WINDOW is not judged.
        FieldworkWindow window = teams.days(roundId).map(RoundChecks::window).orElse(null);
        List<QualityRule> kept = rules.qualityRules().stream()
                .filter(r -> window != null || !(r instanceof QualityRule.OutsideWindow)).toList();
        List<String> problems = rules.problemsWith(questionnaire);
        if (!problems.isEmpty()) {
            log.warn("Fieldwork quality rules of round {} do not fit {}: {}", roundId, questionnaire.reference(),
                    problems);
            kept = List.of();
        }
        Setup setup = new Setup(rules, questionnaire, window == null ? new FieldworkWindow(Instant.EPOCH,
                Instant.EPOCH) : window, design.seed());
        return Optional.of(new Setup(setup.only(kept), questionnaire, setup.window(), setup.seed()));
    }
}
