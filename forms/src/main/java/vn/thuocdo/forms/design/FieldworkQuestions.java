package vn.thuocdo.forms.design;

import vn.thuocdo.forms.design.QualityRule.ScaleGroup;
import vn.thuocdo.forms.design.QualityRule.TooFast;
import vn.thuocdo.forms.questionnaire.Question;
import vn.thuocdo.forms.questionnaire.QuestionKind;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.forms.questionnaire.Section;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The fieldwork block read against a questionnaire: the questions and sections it names must be there. */
final class FieldworkQuestions {

    private FieldworkQuestions() {
    }

    static List<String> check(FieldworkRules f, Questionnaire q) {
        List<String> reasons = new ArrayList<>();
        Map<String, Question> questions = q.questions().stream()
                .collect(Collectors.toMap(Question::id, x -> x, (a, b) -> a));
        String in = " is not in " + q.reference();
        for (String id : f.callBacks() == null ? List.<String>of() : f.callBacks().questions()) {
            Question question = questions.get(id);
            if (question == null) {
                reasons.add("fieldwork callBacks: question " + FieldworkChecks.bounded(id) + in);
            } else if (question.kind() == QuestionKind.NOTE) {
                reasons.add("fieldwork callBacks: question " + id + " is a note, which has no answer to check");
            }
        }
        for (QualityRule rule : f.qualityRules()) {
            String where = "fieldwork rule " + FieldworkChecks.bounded(rule.id()) + ": ";
            if (rule instanceof TooFast t) {
                t.sectionMinimums().keySet().stream().filter(s -> section(q, s).isEmpty())
                        .forEach(s -> reasons.add(where + "section " + FieldworkChecks.bounded(s) + in));
            }
            if (rule instanceof ScaleGroup g) {
                for (String s : g.sections()) {
                    Optional<Section> section = section(q, s);
                    if (section.isEmpty()) {
                        reasons.add(where + "section " + FieldworkChecks.bounded(s) + in);
                    } else if (section.get().questions().stream().noneMatch(FieldworkQuestions::scale)) {
                        reasons.add(where + "section " + s + " has no SATISFACTION question");
                    }
                }
                for (String id : g.questions()) {
                    Question question = questions.get(id);
                    if (question == null) {
                        reasons.add(where + "question " + FieldworkChecks.bounded(id) + in);
                    } else if (!scale(question)) {
                        reasons.add(where + "question " + id + " is " + question.kind() + ", not a SATISFACTION item");
                    }
                }
            }
        }
        return reasons;
    }

    /** The group's scale questions in questionnaire order, each once; assumes {@link #check} found nothing. */
    static List<String> scaleQuestions(ScaleGroup g, Questionnaire q) {
        Set<String> named = Set.copyOf(g.questions());
        Set<String> sections = Set.copyOf(g.sections());
        Set<String> ids = new LinkedHashSet<>();
        for (Section s : q.sections()) {
            for (Question question : s.questions()) {
                if (scale(question) && (sections.contains(s.id()) || named.contains(question.id()))) {
                    ids.add(question.id());
                }
            }
        }
        return List.copyOf(ids);
    }

    private static boolean scale(Question question) {
        return question.kind() == QuestionKind.SATISFACTION;
    }

    private static Optional<Section> section(Questionnaire q, String id) {
        return q.sections().stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
