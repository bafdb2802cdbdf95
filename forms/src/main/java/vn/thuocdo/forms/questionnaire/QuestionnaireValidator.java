package vn.thuocdo.forms.questionnaire;

import vn.thuocdo.forms.Option;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a questionnaire's structure and collects every problem before refusing it, so the author fixes them all
 * at once; then {@link ExpressionCheck} parses the skip logic and builds the rules.
 */
final class QuestionnaireValidator {

    static final int MAX_ID = 64;
    static final int MAX_SECTIONS = 200;
    static final int MAX_QUESTIONS = 2000;
    static final int MAX_CHOICES = 500;

    private final Questionnaire questionnaire;
    private final List<Problem> problems = new ArrayList<>();

    private QuestionnaireValidator(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
    }

    /** The rules of a valid questionnaire; a {@link QuestionnaireInvalid} with every problem otherwise. */
    static Rules compile(Questionnaire questionnaire) {
        QuestionnaireValidator validator = new QuestionnaireValidator(questionnaire);
        validator.header();
        validator.choiceLists();
        GroupingCheck grouping = new GroupingCheck(questionnaire, validator::problem);
        grouping.keys();
        Map<String, Question> questions = validator.sections();
        grouping.elementsHaveItems();
        Rules rules = new ExpressionCheck(questionnaire, questions, validator::problem).run();
        if (!validator.problems.isEmpty()) {
            throw new QuestionnaireInvalid(questionnaire.reference(), validator.problems);
        }
        return rules;
    }

    /** A question or section id: a letter, then letters, digits or '_', at most 64; length checked before the pattern. */
    static boolean isId(String id) {
        return id != null && !id.isEmpty() && id.length() <= MAX_ID && id.matches("[a-z][a-zA-Z0-9_]*");
    }

    private void header() {
        String id = questionnaire.id();
        if (id == null || id.length() > MAX_ID || !id.matches("[a-z][a-z0-9-]*")) {
            problem("id", null, "questionnaire.badId", String.valueOf(id));
        }
        if (questionnaire.version() < 1) {
            problem("version", null, "questionnaire.badVersion");
        }
        if (questionnaire.kind() == null) {
            problem("kind", null, "questionnaire.missing", "kind");
        }
        if (questionnaire.title() == null) {
            problem("title", null, "questionnaire.missing", "title");
        }
    }

    private void choiceLists() {
        if (questionnaire.choiceLists().size() > MAX_CHOICES) {
            problem("choiceLists", null, "questionnaire.tooMany", "choiceLists", MAX_CHOICES,
                    questionnaire.choiceLists().size());
        }
        questionnaire.choiceLists().forEach((name, options) -> {
            if (!isName(name)) {
                problem("choiceLists", name, "questionnaire.badName", "choiceLists", name);
            }
            options("choiceLists." + name, name, options);
        });
        options("notValid", null, questionnaire.notValid());
    }

    private void options(String path, String id, List<Option> options) {
        if (options == null || options.isEmpty()) {
            if (!"notValid".equals(path)) {
                problem(path, id, "questionnaire.emptyList", path);
            }
            return;
        }
        if (options.size() > MAX_CHOICES) {
            problem(path, id, "questionnaire.tooMany", "choices", MAX_CHOICES, options.size());
            return;
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < options.size(); i++) {
            Option option = options.get(i);
            String where = path + "[" + i + "]";
            if (option == null || option.key() == null || option.label() == null) {
                problem(where, id, "questionnaire.missing", "key, label");
            } else if (!isChoiceKey(option.key())) {
                problem(where, id, "questionnaire.badName", "key", option.key());
            } else if (!keys.add(option.key())) {
                problem(where, id, "questionnaire.duplicateKey", option.key());
            }
        }
    }

    /** Sections and questions, their ids unique across both; the questions by id, in order. */
    private Map<String, Question> sections() {
        Map<String, Question> questions = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        List<Section> sections = questionnaire.sections();
        if (sections.isEmpty()) {
            problem("sections", null, "questionnaire.emptyList", "sections");
        }
        if (sections.size() > MAX_SECTIONS) {
            problem("sections", null, "questionnaire.tooMany", "sections", MAX_SECTIONS, sections.size());
            return questions;
        }
        int count = 0;
        for (int s = 0; s < sections.size(); s++) {
            Section section = sections.get(s);
            String where = "sections[" + s + "]";
            if (section == null) {
                problem(where, null, "questionnaire.missing", "section");
                continue;
            }
            identify(where, section.id(), ids);
            if (section.title() == null) {
                problem(where, section.id(), "questionnaire.missing", "title");
            }
            if (section.questions().isEmpty()) {
                problem(where, section.id(), "questionnaire.emptyList", "questions");
            }
            count += section.questions().size();
            if (count > MAX_QUESTIONS) {
                problem(where, section.id(), "questionnaire.tooMany", "questions", MAX_QUESTIONS, count);
                return questions;
            }
            for (int i = 0; i < section.questions().size(); i++) {
                Question question = section.questions().get(i);
                String at = where + ".questions[" + i + "]";
                if (question == null) {
                    problem(at, null, "questionnaire.missing", "question");
                    continue;
                }
                if (identify(at, question.id(), ids)) {
                    questions.put(question.id(), question);
                }
                new QuestionCheck(questionnaire, this::problem).check(at, question);
            }
        }
        return questions;
    }

    private boolean identify(String where, String id, Set<String> ids) {
        if (!isId(id)) {
            problem(where, id, "questionnaire.badName", "id", String.valueOf(id));
            return false;
        }
        if (!ids.add(id)) {
            problem(where, id, "questionnaire.duplicateId", id);
            return false;
        }
        return true;
    }

    static boolean isName(String name) {
        return name != null && !name.isEmpty() && name.length() <= MAX_ID && name.matches("[a-zA-Z][a-zA-Z0-9_]*");
    }

    static boolean isChoiceKey(String key) {
        return key != null && !key.isEmpty() && key.length() <= MAX_ID && key.matches("[a-zA-Z0-9][a-zA-Z0-9_-]*");
    }

    private void problem(String path, String id, String code, Object... args) {
        problems.add(new Problem(path, id, code, List.of(args)));
    }

    /** Where a check reports a problem. */
    interface Problems {
        void add(String path, String id, String code, Object... args);
    }
}
