package vn.thuocdo.forms.questionnaire;

import vn.thuocdo.forms.Option;

import java.util.List;

/** The properties of one question that make sense for its kind, and only those. */
final class QuestionCheck {

    private static final int SCALE = 5;

    private final Questionnaire questionnaire;
    private final QuestionnaireValidator.Problems problems;

    QuestionCheck(Questionnaire questionnaire, QuestionnaireValidator.Problems problems) {
        this.questionnaire = questionnaire;
        this.problems = problems;
    }

    void check(String at, Question q) {
        if (q.kind() == null || q.label() == null) {
            problems.add(at, q.id(), "questionnaire.missing", "kind, label");
            return;
        }
        String kind = q.kind().name();
        choices(at, q);
        if (q.element() != null && q.kind() != QuestionKind.SATISFACTION) {
            problems.add(at, q.id(), "questionnaire.notApplicable", "element", kind);
        }
        if (q.kind() == QuestionKind.SATISFACTION) {
            if (q.element() == null) {
                problems.add(at, q.id(), "questionnaire.missing", "element");
            } else if (questionnaire.grouping().partOf(q.element()).isEmpty()) {
                problems.add(at, q.id(), "questionnaire.unknownElement", q.element());
            }
        }
        if ((q.min() != null || q.max() != null) && !q.kind().isNumber()) {
            problems.add(at, q.id(), "questionnaire.notApplicable", "min, max", kind);
        }
        if (q.min() != null && q.max() != null && q.min() > q.max()) {
            problems.add(at, q.id(), "questionnaire.minAboveMax", q.min(), q.max());
        }
        if (q.decimals() != null && (q.kind() != QuestionKind.DECIMAL)) {
            problems.add(at, q.id(), "questionnaire.notApplicable", "decimals", kind);
        } else if (q.decimals() != null && (q.decimals() < 0 || q.decimals() > 10)) {
            problems.add(at, q.id(), "questionnaire.outOfRange", "decimals", 0, 10);
        }
        if (q.maxLength() != null && !q.kind().isText()) {
            problems.add(at, q.id(), "questionnaire.notApplicable", "maxLength", kind);
        } else if (q.maxLength() != null && (q.maxLength() < 1 || q.maxLength() > 100_000)) {
            problems.add(at, q.id(), "questionnaire.outOfRange", "maxLength", 1, 100_000);
        }
        if (q.kind() == QuestionKind.NOTE) {
            if (q.required()) {
                problems.add(at, q.id(), "questionnaire.notApplicable", "required", kind);
            }
            if (q.constraint() != null) {
                problems.add(at, q.id(), "questionnaire.notApplicable", "constraint", kind);
            }
            if (q.allowNotValid()) {
                problems.add(at, q.id(), "questionnaire.notApplicable", "allowNotValid", kind);
            }
        }
        if (q.constraintMessage() != null && q.constraint() == null) {
            problems.add(at, q.id(), "questionnaire.messageWithoutConstraint");
        }
        notValid(at, q);
    }

    private void choices(String at, Question q) {
        if (!q.kind().usesChoices()) {
            if (q.choices() != null) {
                problems.add(at, q.id(), "questionnaire.notApplicable", "choices", q.kind().name());
            }
            return;
        }
        if (q.choices() == null) {
            problems.add(at, q.id(), "questionnaire.needsChoices", q.kind().name());
            return;
        }
        List<Option> list = questionnaire.choiceLists().get(q.choices());
        if (list == null) {
            problems.add(at, q.id(), "questionnaire.unknownList", q.choices());
        } else if (q.kind() == QuestionKind.SATISFACTION && list.size() != SCALE) {
            problems.add(at, q.id(), "questionnaire.scaleNotFive", q.choices(), list.size());
        }
    }

    /** "na" and "dk" must not be mistaken for a choice, or an answer would count as valid and not valid at once. */
    private void notValid(String at, Question q) {
        if (!q.allowNotValid()) {
            return;
        }
        if (questionnaire.notValid().isEmpty()) {
            problems.add(at, q.id(), "questionnaire.noNotValid");
            return;
        }
        List<Option> list = q.choices() == null ? null : questionnaire.choiceLists().get(q.choices());
        if (list == null) {
            return;
        }
        for (Option notValid : questionnaire.notValid()) {
            if (notValid != null && list.stream().anyMatch(o -> o != null && o.key() != null
                    && o.key().equals(notValid.key()))) {
                problems.add(at, q.id(), "questionnaire.notValidClash", notValid.key(), q.choices());
            }
        }
    }
}
