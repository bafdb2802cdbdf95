package vn.thuocdo.forms.questionnaire;

import vn.thuocdo.forms.Definitions;
import com.fasterxml.jackson.databind.JsonNode;
import vn.thuocdo.forms.DefinitionInvalid;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The questionnaires shipped with the product, listed in {@code forms/questionnaires.json} and validated on load:
 * one that is wrong stops the application instead of reaching respondents.
 */
public final class QuestionnaireCatalogue {

    private static final String INDEX = "forms/questionnaires.json";

    private final Map<String, Questionnaire> byReference;

    private QuestionnaireCatalogue(Map<String, Questionnaire> byReference) {
        this.byReference = byReference;
    }

    /** Loads the catalogue shipped with the product. */
    public static QuestionnaireCatalogue load() {
        return load(QuestionnaireCatalogue.class.getClassLoader(), INDEX);
    }

    static QuestionnaireCatalogue load(ClassLoader loader, String index) {
        JsonNode paths = Definitions.tree(loader, index).path("questionnaires");
        if (!paths.isArray()) {
            throw new DefinitionInvalid(index + ": needs a list named questionnaires");
        }
        Map<String, Questionnaire> byReference = new LinkedHashMap<>();
        for (JsonNode node : paths) {
            String path = node.asText();
            Questionnaire questionnaire = QuestionnaireJson.read(loader, "forms/" + path);
            if (byReference.putIfAbsent(questionnaire.reference(), questionnaire) != null) {
                throw new DefinitionInvalid(path + ": " + questionnaire.reference() + " is defined twice");
            }
        }
        return new QuestionnaireCatalogue(Map.copyOf(byReference));
    }

    /** A catalogue of the given questionnaires only (a replication package's), to check an index definition against. */
    public static QuestionnaireCatalogue of(List<Questionnaire> questionnaires) {
        Map<String, Questionnaire> byReference = new LinkedHashMap<>();
        questionnaires.forEach(q -> byReference.put(q.reference(), q));
        return new QuestionnaireCatalogue(Map.copyOf(byReference));
    }

    public Optional<Questionnaire> find(String reference) {
        return Optional.ofNullable(byReference.get(reference));
    }

    /** The questionnaire a stored reference points to; a missing one is a broken round, not a user error. */
    public Questionnaire get(String reference) {
        return find(reference).orElseThrow(() -> new DefinitionInvalid("No questionnaire " + reference));
    }

    /** Every shipped questionnaire for this kind of respondent, by id then newest version first. */
    public List<Questionnaire> available(Questionnaire.Kind kind) {
        return byReference.values().stream().filter(q -> q.kind() == kind)
                .sorted(Comparator.comparing(Questionnaire::id)
                        .thenComparing(Questionnaire::version, Comparator.reverseOrder()))
                .toList();
    }

    /** Every version of a questionnaire, newest first. */
    public List<Questionnaire> versions(String id) {
        return byReference.values().stream().filter(q -> q.id().equals(id))
                .sorted(Comparator.comparing(Questionnaire::version, Comparator.reverseOrder())).toList();
    }
}
