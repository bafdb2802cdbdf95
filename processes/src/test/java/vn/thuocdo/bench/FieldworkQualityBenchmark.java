package vn.thuocdo.bench;

import org.junit.jupiter.api.Test;
import vn.thuocdo.fieldwork.quality.CallBackDraw;
import vn.thuocdo.fieldwork.quality.CallBacks;
import vn.thuocdo.fieldwork.quality.FieldworkWindow;
import vn.thuocdo.fieldwork.quality.InterviewFacts;
import vn.thuocdo.fieldwork.quality.QualityCheck;
import vn.thuocdo.fieldwork.quality.QualityReport;
import vn.thuocdo.forms.design.FieldworkRules;
import vn.thuocdo.forms.design.OutcomeCode;
import vn.thuocdo.forms.design.SampleDesigns;
import vn.thuocdo.forms.questionnaire.Question;
import vn.thuocdo.forms.questionnaire.QuestionKind;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.forms.questionnaire.QuestionnaireCatalogue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every fieldwork quality rule of the shipped design over a national year of in-person interviews (issue #11):
 * 40,000 generated interviews by 612 enumerators in 34 provinces (18 each) over the 91 days of the fieldwork, with
 * the 33 satisfaction items answered and a few percent of each kind of bad interview mixed in. The baseline is one
 * plain pass over the same list computing only the durations.
 */
class FieldworkQualityBenchmark {

    static final int INTERVIEWS = 40_000;
    static final int PROVINCES = 34;
    static final int ENUMERATORS_PER_PROVINCE = 18;
    static final int WARM_UPS = 3;
    static final int RUNS = 5;
    static final double GOAL_MS = 5_000;
    static final Instant OPENS = Instant.parse("2026-08-31T17:00:00Z");
    static final Instant CLOSES = Instant.parse("2026-11-30T16:59:59Z");

    @Test
    void evaluatesEveryRuleOverANationalYear() {
        Questionnaire sipas = QuestionnaireCatalogue.load().get("sipas-citizen@1");
        FieldworkRules rules = SampleDesigns.load().get("sipas-households@1").fieldwork();
        FieldworkWindow window = new FieldworkWindow(OPENS, CLOSES);
        BenchReport.Stats generating = measure(() -> generate(sipas));
        List<InterviewFacts> year = generate(sipas);

        BenchReport.Stats durations = measure(() -> {
            long total = 0;
            for (InterviewFacts interview : year) {
                total += interview.seconds();
            }
            return total;
        });
        BenchReport.Stats check = measure(() -> QualityCheck.evaluate(rules, sipas, window, year));
        BenchReport.Stats draw = measure(() -> CallBacks.draw(rules, 20_260_901L, year));
        QualityReport report = QualityCheck.evaluate(rules, sipas, window, year);
        CallBackDraw callBacks = CallBacks.draw(rules, 20_260_901L, year);

        BenchReport bench = new BenchReport("fieldwork-quality", "Fieldwork quality rules (issue #11), in memory");
        bench.row("baseline: one pass computing each interview's duration", durations, "", null);
        bench.row("every quality rule of sipas-households@1 (" + rules.qualityRules().size() + " rules) over "
                + INTERVIEWS + " interviews", check, BenchReport.ratio(check, durations.median(), "the pass"), GOAL_MS);
        bench.row("call-back draw (10 %, at least 1 per enumerator)", draw,
                BenchReport.ratio(draw, durations.median(), "the pass"), null);
        bench.row("generating the interviews (for scale)", generating, "", null);
        Map<String, Integer> byRule = new java.util.TreeMap<>();
        report.flags().forEach(f -> byRule.merge(f.ruleId(), 1, Integer::sum));
        bench.note("Median of " + RUNS + " runs after " + WARM_UPS + " warm-ups, one thread. " + INTERVIEWS
                + " interviews by " + report.enumerators().size() + " enumerators; flags raised: " + report.flags().size()
                + " " + byRule + "; interviews called back: " + callBacks.interviews().size() + ".");
        bench.note("The rules are the shipped [A] defaults: TOO_FAST 8 minutes (and 60 s for the policy section), "
                + "STRAIGHT_LINING over the 33 items from 10 answered, SAME_PATTERN 30 % from 10 interviews, "
                + "OUTSIDE_AREA, OUTSIDE_WINDOW, TOO_MANY_PER_DAY 12 (Vietnam's day).");
        bench.write();
        assertThat(report.enumerators()).hasSize(PROVINCES * ENUMERATORS_PER_PROVINCE);
        assertThat(byRule).containsOnlyKeys(rules.qualityRules().stream().map(r -> r.id()).toArray(String[]::new));
    }

    /** The year's interviews, the same every run: mostly honest, with each kind of fault a few percent of the time. */
    static List<InterviewFacts> generate(Questionnaire sipas) {
        List<String> items = sipas.questions().stream().filter(q -> q.kind() == QuestionKind.SATISFACTION)
                .map(Question::id).toList();
        SplittableRandom random = new SplittableRandom(11);
        int enumerators = PROVINCES * ENUMERATORS_PER_PROVINCE;
        Map<Integer, Map<String, Object>> favourite = new HashMap<>();
        List<InterviewFacts> year = new ArrayList<>(INTERVIEWS);
        for (int k = 0; k < INTERVIEWS; k++) {
            int e = k % enumerators;
            int province = e / ENUMERATORS_PER_PROVINCE;
            String commune = "%02d%03d".formatted(province + 1, e % ENUMERATORS_PER_PROVINCE);
            // Spread over the 91 days, between 07:00 and 19:00 in Vietnam; 1 % a day late, some days crowded.
            int day = random.nextInt(random.nextInt(100) == 0 ? 93 : 91);
            boolean crowded = e % 50 == 0 && k / enumerators < 16;
            Instant start = OPENS.plusSeconds(86_400L * (crowded ? 5 : day) + 7 * 3_600 + random.nextInt(12 * 3_600));
            long seconds = random.nextInt(50) == 0 ? 200 + random.nextInt(280) : 900 + random.nextInt(1_800);
            Map<String, Object> answers;
            int fault = random.nextInt(100);
            if (fault < 2) {
                String same = Integer.toString(1 + random.nextInt(5));
                answers = new HashMap<>();
                items.forEach(id -> answers.put(id, same));
            } else if (e % 97 == 0) {
                answers = favourite.computeIfAbsent(e, x -> honest(items, random));
            } else {
                answers = honest(items, random);
            }
            String where = random.nextInt(200) == 0 ? "99999" : commune;
            year.add(new InterviewFacts("iv-" + k, "enumerator-" + e, "branch-" + province, commune, where, start,
                    start.plusSeconds(seconds), Map.of("policySatisfaction", (int) seconds / 4), answers,
                    OutcomeCode.INTERVIEWED));
        }
        return year;
    }

    private static Map<String, Object> honest(List<String> items, SplittableRandom random) {
        Map<String, Object> answers = new HashMap<>();
        for (String id : items) {
            int r = random.nextInt(20);
            answers.put(id, r == 0 ? "na" : Integer.toString(r < 3 ? 2 : r < 6 ? 3 : r < 15 ? 4 : 5));
        }
        return answers;
    }

    private static BenchReport.Stats measure(Supplier<?> work) {
        return BenchReport.Stats.of(WARM_UPS, RUNS, work);
    }
}
