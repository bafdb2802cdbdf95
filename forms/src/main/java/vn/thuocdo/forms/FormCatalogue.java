package vn.thuocdo.forms;


import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every form definition the product knows, loaded from {@code forms/catalogue.json} on the classpath and
 * validated on load: a definition that is wrong stops the application instead of misleading its users.
 */
public final class FormCatalogue {

    private static final String INDEX = "forms/catalogue.json";

    private final Map<String, FormDefinition> byReference;

    private FormCatalogue(Map<String, FormDefinition> byReference) {
        this.byReference = byReference;
    }

    /** Loads the catalogue shipped with the product. */
    public static FormCatalogue load() {
        return load(FormCatalogue.class.getClassLoader());
    }

    static FormCatalogue load(ClassLoader loader) {
        return new FormCatalogue(Definitions.load(loader, INDEX, "forms", FormDefinition.class,
                FormCatalogue::validate, FormDefinition::reference));
    }

    static void validate(String path, FormDefinition form) {
        if (form.id() == null || !form.id().matches("[a-z][a-z0-9-]*")) {
            throw new DefinitionInvalid(path + ": id must be lower-case words joined by '-', was " + form.id());
        }
        if (form.version() < 1) {
            throw new DefinitionInvalid(path + ": version must be 1 or more");
        }
        if (form.title() == null || form.fields() == null || form.fields().isEmpty()) {
            throw new DefinitionInvalid(path + ": a form needs a title and at least one field");
        }
        Set<String> keys = new HashSet<>();
        for (Field field : form.fields()) {
            String where = path + ": field " + field.key();
            if (field.key() == null || !field.key().matches("[a-z][a-zA-Z0-9]*")) {
                throw new DefinitionInvalid(where + ": key must be camelCase letters and digits");
            }
            if (!keys.add(field.key())) {
                throw new DefinitionInvalid(where + " appears twice");
            }
            if (field.type() == null || field.label() == null) {
                throw new DefinitionInvalid(where + ": type and label are required");
            }
            if (field.min() != null && field.max() != null && field.min() > field.max()) {
                throw new DefinitionInvalid(where + ": min is above max");
            }
            if ((field.min() != null || field.max() != null) && field.type() != FieldType.INTEGER) {
                throw new DefinitionInvalid(where + ": min and max apply to INTEGER fields only");
            }
        }
    }

    public Optional<FormDefinition> find(String reference) {
        return Optional.ofNullable(byReference.get(reference));
    }

    /** The definition a stored reference points to; a missing one is a broken round, not a user error. */
    public FormDefinition get(String reference) {
        return find(reference).orElseThrow(() -> new DefinitionInvalid("No form definition " + reference));
    }

    /** Every version of a form, newest first, for choosing a round's methodology. */
    public List<FormDefinition> versions(String id) {
        return byReference.values().stream()
                .filter(f -> f.id().equals(id))
                .sorted((a, b) -> Integer.compare(b.version(), a.version()))
                .toList();
    }

}
