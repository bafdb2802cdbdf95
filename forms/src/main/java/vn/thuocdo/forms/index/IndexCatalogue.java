package vn.thuocdo.forms.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.thuocdo.forms.DefinitionInvalid;
import vn.thuocdo.forms.questionnaire.QuestionnaireCatalogue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The index definitions shipped with the product, listed in {@code forms/indices/index.json} and validated on load
 * against the shipped questionnaires: a wrong one stops the application rather than computing wrong numbers.
 */
public final class IndexCatalogue {

    private static final String INDEX = "forms/indices/index.json";

    private final Map<String, IndexDefinition> byReference;

    private IndexCatalogue(Map<String, IndexDefinition> byReference) {
        this.byReference = byReference;
    }

    public static IndexCatalogue load() {
        ClassLoader loader = IndexCatalogue.class.getClassLoader();
        QuestionnaireCatalogue questionnaires = QuestionnaireCatalogue.load();
        JsonNode paths;
        try {
            paths = new ObjectMapper().readTree(text(loader, INDEX)).path("indices");
        } catch (JsonProcessingException e) {
            throw new DefinitionInvalid(INDEX + ": cannot be read", e);
        }
        if (!paths.isArray()) {
            throw new DefinitionInvalid(INDEX + ": needs a list named indices");
        }
        Map<String, IndexDefinition> byReference = new LinkedHashMap<>();
        for (JsonNode node : paths) {
            String path = "forms/indices/" + node.asText();
            IndexDefinition definition;
            try {
                definition = Indices.parse(text(loader, path), questionnaires);
            } catch (IndexInvalid e) {
                throw new IndexInvalid(path, e.problems());
            }
            if (byReference.putIfAbsent(definition.reference(), definition) != null) {
                throw new DefinitionInvalid(path + ": " + definition.reference() + " is defined twice");
            }
        }
        return new IndexCatalogue(Map.copyOf(byReference));
    }

    public Optional<IndexDefinition> find(String reference) {
        return Optional.ofNullable(byReference.get(reference));
    }

    /** The highest version of a definition id ("sipas": the SIPAS rule in force), if any. */
    public Optional<IndexDefinition> latest(String id) {
        return byReference.values().stream().filter(d -> d.id().equals(id))
                .max(java.util.Comparator.comparingInt(IndexDefinition::version));
    }

    public IndexDefinition get(String reference) {
        return find(reference).orElseThrow(() -> new DefinitionInvalid("No index definition " + reference));
    }

    private static String text(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new DefinitionInvalid(path + ": not found");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DefinitionInvalid(path + ": cannot be read", e);
        }
    }
}
