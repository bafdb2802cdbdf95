package vn.thuocdo.forms.index;

import vn.thuocdo.forms.Option;
import vn.thuocdo.forms.questionnaire.Question;
import vn.thuocdo.forms.questionnaire.QuestionKind;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.forms.questionnaire.QuestionnaireCatalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every rule an index definition must keep, all problems collected: ids well-formed and unique across levels, groups
 * neither empty nor holding anything but the level just below (a group naming its own level is how a cycle would be
 * written: named as a cycle when it comes back round), every item in an element, every element in a part, every part
 * in the overall index; and, when it names a shipped questionnaire, exactly that questionnaire's satisfaction
 * questions, in the same elements, with answers its lists offer.
 */
final class IndexValidator {

    static final int MAX_ITEMS = 1_000;
    static final int MAX_GROUPS = 200;

    private enum Level { ITEM, ELEMENT, PART }

    private final IndexDefinition definition;
    private final List<IndexProblem> problems = new ArrayList<>();
    private final Map<String, Level> levels = new HashMap<>();

    private IndexValidator(IndexDefinition definition) {
        this.definition = definition;
    }

    static void validate(IndexDefinition definition, QuestionnaireCatalogue questionnaires) {
        IndexValidator validator = new IndexValidator(definition);
        validator.check(questionnaires);
        if (!validator.problems.isEmpty()) {
            throw new IndexInvalid(definition.id() == null ? "index" : "index " + definition.id(),
                    validator.problems);
        }
    }

    private void check(QuestionnaireCatalogue questionnaires) {
        if (definition.id() == null || !definition.id().matches("[a-z0-9]+(-[a-z0-9]+)*") || definition.id().length() > 64) {
            add("id", "index.badId", String.valueOf(definition.id()));
        }
        if (definition.version() < 1) {
            add("version", "index.badVersion");
        }
        checkAnswers();
        if (definition.minValidAnswers() < 1 || definition.minValidAnswers() > 1_000_000) {
            add("minValidAnswers", "index.badMinValid", definition.minValidAnswers());
        }
        if (definition.singleClusterStratum() == null) {
            add("singleClusterStratum", "index.missing", "singleClusterStratum");
        }
        checkLevels();
        if (definition.questionnaire() != null && problems.isEmpty()) {
            checkAgainst(questionnaires);
        }
    }

    private void checkAnswers() {
        IndexDefinition.AnswerRule answers = definition.answers();
        Set<String> valid = keys("answers.valid", answers.valid());
        Set<String> satisfied = keys("answers.satisfied", answers.satisfied());
        Set<String> notValid = keys("answers.notValid", answers.notValid());
        if (valid.isEmpty()) {
            add("answers.valid", "index.missing", "answers.valid");
        }
        if (satisfied.isEmpty()) {
            add("answers.satisfied", "index.missing", "answers.satisfied");
        }
        satisfied.stream().filter(k -> !valid.contains(k))
                .forEach(k -> add("answers.satisfied", "index.satisfiedNotValid", k));
        notValid.stream().filter(valid::contains).forEach(k -> add("answers.notValid", "index.notValidIsValid", k));
    }

    private Set<String> keys(String at, List<String> keys) {
        Set<String> seen = new LinkedHashSet<>();
        for (String key : keys) {
            if (key == null || key.isEmpty() || key.length() > 32 || !key.chars().allMatch(c -> c > ' ' && c != 0x7F)) {
                add(at, "index.badKey", String.valueOf(key));
            } else if (!seen.add(key)) {
                add(at, "index.duplicateKey", key);
            }
        }
        return seen;
    }

    private void checkLevels() {
        if (definition.items().size() > MAX_ITEMS) {
            add("items", "index.tooMany", "items", MAX_ITEMS, definition.items().size());
            return;
        }
        if (definition.elements().size() > MAX_GROUPS || definition.parts().size() > MAX_GROUPS) {
            add("elements", "index.tooMany", "groups", MAX_GROUPS,
                    Math.max(definition.elements().size(), definition.parts().size()));
            return;
        }
        if (definition.items().isEmpty()) {
            add("items", "index.emptyGroup", "items");
        }
        if (definition.elements().isEmpty()) {
            add("elements", "index.emptyGroup", "elements");
        }
        if (definition.parts().isEmpty()) {
            add("parts", "index.emptyGroup", "parts");
        }
        if (definition.overall().isEmpty()) {
            add("overall", "index.emptyGroup", "overall");
        }
        for (String item : definition.items()) {
            declare(item, Level.ITEM, "items");
        }
        for (IndexDefinition.Group element : definition.elements()) {
            declare(element.id(), Level.ELEMENT, "elements");
        }
        for (IndexDefinition.Group part : definition.parts()) {
            declare(part.id(), Level.PART, "parts");
        }
        Set<String> usedItems = members(definition.elements(), Level.ITEM);
        Set<String> usedElements = members(definition.parts(), Level.ELEMENT);
        Set<String> usedParts = new HashSet<>();
        for (String part : definition.overall()) {
            Level level = levels.get(part);
            if (!usedParts.add(part)) {
                add("overall", "index.duplicateMember", "overall", part);
            } else if (level == null) {
                add("overall", "index.unknownPart", part);
            } else if (level != Level.PART) {
                add("overall", "index.wrongLevel", "overall", part);
            }
        }
        definition.items().stream().filter(i -> levels.get(i) == Level.ITEM && !usedItems.contains(i))
                .distinct().forEach(i -> add(i, "index.unusedItem", i));
        definition.elements().stream().map(IndexDefinition.Group::id)
                .filter(e -> levels.get(e) == Level.ELEMENT && !usedElements.contains(e))
                .distinct().forEach(e -> add(e, "index.unusedElement", e));
        definition.parts().stream().map(IndexDefinition.Group::id)
                .filter(p -> levels.get(p) == Level.PART && !usedParts.contains(p))
                .distinct().forEach(p -> add(p, "index.unusedPart", p));
    }

    private void declare(String id, Level level, String at) {
        if (id == null || id.length() > 64 || !id.matches("[A-Za-z][A-Za-z0-9]*")) {
            add(at, "index.badMemberId", String.valueOf(id));
        } else if (levels.putIfAbsent(id, level) != null) {
            add(at, "index.duplicateId", id);
        }
    }

    /** Checks each group's members are known and of the level below; returns the members of that level. */
    private Set<String> members(List<IndexDefinition.Group> groups, Level below) {
        Set<String> used = new HashSet<>();
        Map<String, List<String>> sameLevel = new HashMap<>();
        for (IndexDefinition.Group group : groups) {
            String at = String.valueOf(group.id());
            if (group.of().isEmpty()) {
                add(at, "index.emptyGroup", at);
            }
            Set<String> seen = new HashSet<>();
            for (String member : group.of()) {
                Level level = levels.get(member);
                if (!seen.add(member)) {
                    add(at, "index.duplicateMember", at, member);
                } else if (level == null) {
                    add(at, below == Level.ITEM ? "index.unknownItem" : "index.unknownElement", at, member);
                } else if (level == below) {
                    used.add(member);
                } else if (level == levels.get(group.id())) {
                    sameLevel.computeIfAbsent(group.id(), k -> new ArrayList<>()).add(member);
                } else {
                    add(at, "index.wrongLevel", at, member);
                }
            }
        }
        for (Map.Entry<String, List<String>> entry : sameLevel.entrySet()) {
            for (String member : entry.getValue()) {
                Optional<List<String>> cycle = pathBack(member, entry.getKey(), sameLevel, new ArrayList<>());
                if (cycle.isPresent()) {
                    add(entry.getKey(), "index.cycle", entry.getKey(),
                            entry.getKey() + " → " + String.join(" → ", cycle.get()));
                } else {
                    add(entry.getKey(), "index.wrongLevel", entry.getKey(), member);
                }
            }
        }
        return used;
    }

    /** The chain of same-level references from {@code from} back to {@code target}, if there is one. */
    private static Optional<List<String>> pathBack(String from, String target, Map<String, List<String>> edges,
                                                   List<String> path) {
        if (path.contains(from) || path.size() > MAX_GROUPS) {
            return Optional.empty();
        }
        path.add(from);
        if (from.equals(target)) {
            return Optional.of(List.copyOf(path));
        }
        for (String next : edges.getOrDefault(from, List.of())) {
            Optional<List<String>> found = pathBack(next, target, edges, path);
            if (found.isPresent()) {
                return found;
            }
        }
        path.remove(path.size() - 1);
        return Optional.empty();
    }

    private void checkAgainst(QuestionnaireCatalogue questionnaires) {
        Optional<Questionnaire> found = questionnaires.find(definition.questionnaire());
        if (found.isEmpty()) {
            add("questionnaire", "index.unknownQuestionnaire", definition.questionnaire());
            return;
        }
        Questionnaire questionnaire = found.get();
        String reference = questionnaire.reference();
        Map<String, String> elementOf = new HashMap<>();
        for (IndexDefinition.Group element : definition.elements()) {
            element.of().forEach(item -> elementOf.put(item, element.id()));
        }
        Set<String> offered = new HashSet<>();
        for (String item : definition.items()) {
            Optional<Question> question = questionnaire.question(item);
            if (question.isEmpty() || question.get().kind() != QuestionKind.SATISFACTION) {
                add(item, "index.notSatisfactionItem", item, reference);
                continue;
            }
            if (!question.get().element().equals(elementOf.get(item))) {
                add(item, "index.elementMismatch", item, question.get().element(), elementOf.get(item));
            }
            questionnaire.choicesOf(question.get()).stream().map(Option::key).forEach(offered::add);
        }
        Set<String> items = new HashSet<>(definition.items());
        questionnaire.questions().stream()
                .filter(q -> q.kind() == QuestionKind.SATISFACTION && !items.contains(q.id()))
                .forEach(q -> add(q.id(), "index.missingItem", q.id(), reference));
        definition.answers().valid().stream().filter(k -> !offered.contains(k))
                .forEach(k -> add("answers.valid", "index.unknownAnswer", k, reference));
        Set<String> notValid = new HashSet<>();
        questionnaire.notValid().stream().map(Option::key).forEach(notValid::add);
        definition.answers().notValid().stream().filter(k -> !notValid.contains(k))
                .forEach(k -> add("answers.notValid", "index.unknownAnswer", k, reference));
    }

    private void add(String at, String code, Object... args) {
        problems.add(new IndexProblem(at, code, List.of(args)));
    }
}
