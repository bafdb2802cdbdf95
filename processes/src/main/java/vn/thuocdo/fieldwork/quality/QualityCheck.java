package vn.thuocdo.fieldwork.quality;

import vn.thuocdo.forms.design.FieldworkRules;
import vn.thuocdo.forms.design.QualityRule;
import vn.thuocdo.forms.questionnaire.Questionnaire;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Evaluates a design's fieldwork quality rules over a round's interviews: pure, linear in the interviews (each rule
 * one pass or one grouping by enumerator), so a national year of 40,000 interviews takes a fraction of a second.
 * Only visits with the outcome INTERVIEWED are judged; the others are counted in the summary.
 */
public final class QualityCheck {

    private QualityCheck() {
    }

    /**
     * The flags and the per-enumerator summary. Refuses ({@link vn.thuocdo.forms.DefinitionInvalid}) rules that do
     * not fit the questionnaire: flags computed over questions that are not there would be silently empty.
     */
    public static QualityReport evaluate(FieldworkRules rules, Questionnaire questionnaire, FieldworkWindow window,
                                         List<InterviewFacts> visits) {
        Objects.requireNonNull(window, "window");
        rules.requireFits(questionnaire);
        List<Judge> judges = rules.qualityRules().stream().map(r -> judge(rules, r, questionnaire, window)).toList();
        List<InterviewFacts> interviews = visits.stream().filter(InterviewFacts::interviewed).toList();
        Flags flags = new Flags(interviews);
        for (Judge judge : judges) {
            judge.judge(interviews, flags);
        }
        List<QualityFlag> all = new ArrayList<>();
        for (int i = 0; i < interviews.size(); i++) {
            all.addAll(flags.of(i));
        }
        return new QualityReport(all, summary(rules, visits, interviews, flags));
    }

    private static Judge judge(FieldworkRules rules, QualityRule rule, Questionnaire q, FieldworkWindow window) {
        if (rule instanceof QualityRule.TooFast r) {
            return new TooFastJudge(r);
        } else if (rule instanceof QualityRule.StraightLining r) {
            return new StraightLiningJudge(r, ScaleItems.of(rules, r, q));
        } else if (rule instanceof QualityRule.SamePattern r) {
            return new SamePatternJudge(r, ScaleItems.of(rules, r, q));
        } else if (rule instanceof QualityRule.OutsideArea r) {
            return new OutsideAreaJudge(r);
        } else if (rule instanceof QualityRule.OutsideWindow r) {
            return new OutsideWindowJudge(r, window);
        } else if (rule instanceof QualityRule.TooManyPerDay r) {
            return new TooManyPerDayJudge(r);
        }
        throw new IllegalStateException("No judge for " + rule);
    }

    private static List<EnumeratorQuality> summary(FieldworkRules rules, List<InterviewFacts> visits,
                                                   List<InterviewFacts> interviews, Flags flags) {
        Map<String, Tally> tallies = new TreeMap<>();
        for (InterviewFacts visit : visits) {
            tallies.computeIfAbsent(visit.enumerator(), e -> new Tally(visit.branch(), rules))
                    .visits.merge(visit.outcome(), 1, Integer::sum);
        }
        for (int i = 0; i < interviews.size(); i++) {
            Tally tally = tallies.get(interviews.get(i).enumerator());
            tally.interviews++;
            List<QualityFlag> fired = flags.of(i);
            if (!fired.isEmpty()) {
                tally.flagged++;
                Set<String> once = new HashSet<>();
                fired.stream().filter(f -> once.add(f.ruleId())).forEach(f -> tally.byRule.merge(f.ruleId(), 1,
                        Integer::sum));
            }
        }
        List<EnumeratorQuality> summary = new ArrayList<>(tallies.size());
        tallies.forEach((enumerator, t) -> summary.add(new EnumeratorQuality(enumerator, t.branch,
                Collections.unmodifiableMap(t.visits), t.interviews, t.flagged, Collections.unmodifiableMap(t.byRule))));
        return summary;
    }

    private static final class Tally {
        final String branch;
        final Map<String, Integer> visits = new TreeMap<>();
        final Map<String, Integer> byRule = new LinkedHashMap<>();
        int interviews;
        int flagged;

        Tally(String branch, FieldworkRules rules) {
            this.branch = branch;
            rules.qualityRules().forEach(r -> byRule.put(r.id(), 0));
        }
    }
}
