package vn.thuocdo.fieldwork.quality;

import vn.thuocdo.forms.Text;
import vn.thuocdo.forms.design.CallBackRule;
import vn.thuocdo.forms.design.FieldworkRules;
import vn.thuocdo.forms.design.OutcomeCode;
import vn.thuocdo.forms.design.QualityRule;
import vn.thuocdo.forms.design.SampleDesigns;
import vn.thuocdo.forms.questionnaire.Question;
import vn.thuocdo.forms.questionnaire.QuestionKind;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.forms.questionnaire.QuestionnaireCatalogue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Crafted interviews for the quality tests: a clean one, and ways to spoil it. */
final class Interviews {

    static final Questionnaire SIPAS = QuestionnaireCatalogue.load().get("sipas-citizen@1");
    static final FieldworkRules SHIPPED = SampleDesigns.load().get("sipas-households@1").fieldwork();
    /** The 33 satisfaction items in questionnaire order. */
    static final List<String> ITEMS = SIPAS.questions().stream().filter(q -> q.kind() == QuestionKind.SATISFACTION)
            .map(Question::id).toList();
    static final Instant OPENS = Instant.parse("2026-08-31T17:00:00Z");
    static final Instant CLOSES = Instant.parse("2026-11-30T16:59:59Z");
    static final FieldworkWindow WINDOW = new FieldworkWindow(OPENS, CLOSES);
    static final Text LABEL = new Text("Quy tắc thử [A]", "Test rule [A]");

    private Interviews() {
    }

    /** Only this rule, with the shipped call-backs and outcome codes. */
    static FieldworkRules only(QualityRule rule) {
        return new FieldworkRules("sipas-citizen@1", LABEL, SHIPPED.callBacks(), SHIPPED.outcomeCodes(), List.of(rule));
    }

    static FieldworkRules callBacks(String share, int minimum) {
        return new FieldworkRules(null, LABEL, new CallBackRule(new BigDecimal(share), minimum, List.of("sex")),
                SHIPPED.outcomeCodes(), List.of());
    }

    /**
     * Interview number {@code k}: 20 minutes from {@code start}, in its assigned commune, answers that differ from
     * every other k (the first six items are k's digits in base 5) and are never all alike.
     */
    static InterviewFacts clean(int k, String enumerator, Instant start) {
        return new InterviewFacts("iv-" + enumerator + "-" + k, enumerator, "branch-1", "00001", "00001", start,
                start.plusSeconds(20 * 60), Map.of("policySatisfaction", 300), varied(k), OutcomeCode.INTERVIEWED);
    }

    static InterviewFacts clean(int k) {
        return clean(k, "enumerator-a", OPENS.plusSeconds(86_400L * 10 + k * 3 * 3_600L));
    }

    static Map<String, Object> varied(int k) {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("sex", "female");
        int digits = k;
        for (int i = 0; i < ITEMS.size(); i++) {
            answers.put(ITEMS.get(i), Integer.toString(i < 6 ? 1 + digits % 5 : 1 + i % 5));
            digits = i < 6 ? digits / 5 : digits;
        }
        return answers;
    }

    static InterviewFacts withAnswers(InterviewFacts i, Map<String, Object> answers) {
        return new InterviewFacts(i.interviewId(), i.enumerator(), i.branch(), i.assignedCommune(),
                i.interviewCommune(), i.startedAt(), i.endedAt(), i.sectionSeconds(), answers, i.outcome());
    }

    static InterviewFacts lasting(InterviewFacts i, long seconds, Map<String, Integer> sections) {
        return new InterviewFacts(i.interviewId(), i.enumerator(), i.branch(), i.assignedCommune(),
                i.interviewCommune(), i.startedAt(), seconds < 0 ? null : i.startedAt().plusSeconds(seconds),
                sections, i.answers(), i.outcome());
    }

    static InterviewFacts in(InterviewFacts i, String commune) {
        return new InterviewFacts(i.interviewId(), i.enumerator(), i.branch(), i.assignedCommune(), commune,
                i.startedAt(), i.endedAt(), i.sectionSeconds(), i.answers(), i.outcome());
    }

    static InterviewFacts startingAt(InterviewFacts i, Instant start) {
        return new InterviewFacts(i.interviewId(), i.enumerator(), i.branch(), i.assignedCommune(),
                i.interviewCommune(), start, start.plusSeconds(20 * 60), i.sectionSeconds(), i.answers(), i.outcome());
    }

    static InterviewFacts visit(int k, String enumerator, String outcome) {
        InterviewFacts i = clean(k, enumerator, OPENS.plusSeconds(86_400L + k * 60L));
        return new InterviewFacts(i.interviewId(), enumerator, i.branch(), i.assignedCommune(), null, i.startedAt(),
                null, Map.of(), Map.of(), outcome);
    }

    /** The same answer to each of the first {@code n} satisfaction items, "na" to the rest. */
    static Map<String, Object> flat(String answer, int n) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (int i = 0; i < ITEMS.size(); i++) {
            answers.put(ITEMS.get(i), i < n ? answer : "na");
        }
        return answers;
    }
}
