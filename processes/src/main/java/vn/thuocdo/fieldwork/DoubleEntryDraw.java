package vn.thuocdo.fieldwork;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.thuocdo.fieldwork.quality.CallBack;
import vn.thuocdo.fieldwork.quality.CallBacks;
import vn.thuocdo.fieldwork.quality.InterviewFacts;
import vn.thuocdo.forms.design.CallBackRule;
import vn.thuocdo.forms.design.DoubleEntryRule;
import vn.thuocdo.forms.design.FieldworkRules;
import vn.thuocdo.forms.design.OutcomeCode;
import vn.thuocdo.forms.design.SampleDesigns;

import java.util.List;
import java.util.Optional;

/**
 * Marks paper forms for their second entry as they are completed: per enumerator, ceil(share × their completed
 * paper interviews) of the design's {@code doubleEntry}, drawn exactly as call-backs are ({@link CallBacks}: SHA-256
 * of seed, enumerator and interview id, smallest first) with the round's approved sample seed + 1, so the two draws
 * are independent and both can be redrawn by anyone. A form once marked stays marked.
 */
@Component
class DoubleEntryDraw {

    /** Added to the sample's seed: the same seed as the call-backs would draw the same interviews for both. */
    static final long STREAM = 1;

    private final JdbcTemplate jdbc;
    private final InterviewStore store;
    private final SampleDesigns designs;

    DoubleEntryDraw(JdbcTemplate jdbc, InterviewStore store, SampleDesigns designs) {
        this.jdbc = jdbc;
        this.store = store;
        this.designs = designs;
    }

    @EventListener
    void changed(FieldworkChanged change) {
        if ("COMPLETED".equals(change.kind()) && change.interviewId() != null) {
            store.find(change.interviewId()).filter(i -> i.entryMode() == EntryMode.PAPER
                    && i.outcome() == Outcome.INTERVIEWED).ifPresent(this::draw);
        }
    }

    private void draw(Interview completed) {
        Optional<DoubleEntryRule> rule = rule(completed.roundId());
        Long seed = jdbc.queryForList("select seed from survey_sample where round_id = ? and state = 'APPROVED'",
                Long.class, completed.roundId()).stream().findFirst().orElse(null);
        if (rule.isEmpty() || seed == null) {
            return;
        }
        List<InterviewFacts> paper = jdbc.query("""
                        select id, created_at from fieldwork_interview where round_id = ? and enumerator = ?
                          and entry_mode = 'PAPER' and outcome = 'INTERVIEWED' and state <> 'DRAFT'""",
                (rs, n) -> new InterviewFacts(rs.getString(1), completed.enumerator(),
                        String.valueOf(completed.branchId()), null, null, rs.getTimestamp(2).toInstant(), null, null,
                        null, OutcomeCode.INTERVIEWED), completed.roundId(), completed.enumerator());
        FieldworkRules share = new FieldworkRules(null, rule.get().label(),
                new CallBackRule(rule.get().share(), 0, List.of()),
                List.of(new OutcomeCode(OutcomeCode.INTERVIEWED, rule.get().label())), List.of());
        for (CallBack drawn : CallBacks.draw(share, seed + STREAM, paper).interviews()) {
            // Checked, then inserted (SQL both PostgreSQL and H2 speak). Two of one enumerator's completions committed
            // at the same instant may both try one mark: the later fails on the key and its device sends again.
            if (jdbc.queryForList("select 1 from fieldwork_second_entry where interview_id = ?", Integer.class,
                    drawn.interviewId()).isEmpty()) {
                jdbc.update("insert into fieldwork_second_entry (interview_id, round_id, branch_id, version)"
                        + " values (?, ?, ?, 1)", drawn.interviewId(), completed.roundId(), completed.branchId());
            }
        }
    }

    /** The design's double entry of the round's plan, if it asks for one. */
    private Optional<DoubleEntryRule> rule(String roundId) {
        return jdbc.queryForList("select design from survey_plan where round_id = ?", String.class, roundId).stream()
                .findFirst().map(designs::get).map(d -> d.fieldwork())
                .flatMap(FieldworkRules::doubleEntryRule);
    }
}
