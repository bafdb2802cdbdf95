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
            boolean number = field.type() == FieldType.INTEGER || field.type() == FieldType.DECIMAL;
            if ((field.min() != null || field.max() != null) && !number) {
                throw new DefinitionInvalid(where + ": min and max apply to INTEGER and DECIMAL fields only");
            }
            if (field.grouping() != null && !number) {
                throw new DefinitionInvalid(where + ": grouping applies to INTEGER and DECIMAL fields only");
            }
            if (field.decimals() != null && (field.type() != FieldType.DECIMAL || field.decimals() < 0
                    || field.decimals() > 10)) {
                throw new DefinitionInvalid(where + ": decimals (0 to 10) apply to DECIMAL fields only");
            }
            if (field.maxLength() != null && (field.maxLength() < 1 || field.maxLength() > 100_000)) {
                throw new DefinitionInvalid(where + ": maxLength must be between 1 and 100000");
            }
            validateOptions(where, field);
        }
        if (form.storedSizeBound() > FormDefinition.STORED_LIMIT) {
            throw new DefinitionInvalid(path + ": the fields' lengths add up to " + form.storedSizeBound()
                    + " characters as JSON, more than the " + FormDefinition.STORED_LIMIT + " answers are stored in");
        }
    }

    private static void validateOptions(String where, Field field) {
        if (field.type() != FieldType.CHOICE) {
            if (field.options() != null) {
                throw new DefinitionInvalid(where + ": options apply to CHOICE fields only");
            }
            return;
        }
        if (field.options() == null || field.options().isEmpty()) {
            throw new DefinitionInvalid(where + ": a CHOICE field needs options");
        }
        Set<String> optionKeys = new HashSet<>();
        for (Option option : field.options()) {
            if (option == null || option.key() == null || !option.key().matches("[a-z0-9][a-z0-9-]{0,63}")
                    || option.label() == null) {
                throw new DefinitionInvalid(where + ": each option needs a key (lower-case letters, digits, '-')"
                        + " and a label");
            }
            if (!optionKeys.add(option.key())) {
                throw new DefinitionInvalid(where + ": option " + option.key() + " appears twice");
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
