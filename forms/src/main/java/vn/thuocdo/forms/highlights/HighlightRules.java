package vn.thuocdo.forms.highlights;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.thuocdo.forms.DefinitionInvalid;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The highlight rules shipped in {@code forms/highlights/} (listed in its {@code index.json}), read strictly and
 * validated on load: a wrong one stops the application rather than printing a wrong scorecard.
 */
public final class HighlightRules {

    private static final String INDEX = "forms/highlights/index.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private final List<HighlightRule> rules;

    private HighlightRules(List<HighlightRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static HighlightRules load() {
        List<HighlightRule> rules = new ArrayList<>();
        try {
            for (var name : JSON.readTree(bytes(INDEX)).path("rules")) {
                String path = "forms/highlights/" + name.asText();
                rules.add(parse(path, bytes(path)));
            }
        } catch (IOException e) {
            throw new DefinitionInvalid(INDEX + ": cannot be read", e);
        }
        if (rules.isEmpty()) {
            throw new DefinitionInvalid(INDEX + ": lists no rule");
        }
        return new HighlightRules(rules);
    }

    /** The rule in force: the highest version. */
    public HighlightRule current() {
        return rules.stream().max(Comparator.comparingInt(HighlightRule::version)).orElseThrow();
    }

    /** One definition read and checked; the message names the file and the field. */
    public static HighlightRule parse(String path, byte[] json) {
        HighlightRule rule;
        try {
            rule = JSON.readValue(json, HighlightRule.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new DefinitionInvalid(path + ": " + e.getMessage(), e);
        }
        if (rule.id() == null || !rule.id().matches("[a-z][a-z0-9-]{0,40}")) {
            throw new DefinitionInvalid(path + ": id must be lower-case letters, digits and dashes");
        }
        if (rule.version() < 1) {
            throw new DefinitionInvalid(path + ": version must be 1 or more");
        }
        check(path, "strongest", rule.strongest());
        check(path, "weakest", rule.weakest());
        return rule;
    }

    private static void check(String path, String field, int count) {
        if (count < 1 || count > HighlightRule.MAX_ITEMS) {
            throw new DefinitionInvalid(path + ": " + field + " must be from 1 to " + HighlightRule.MAX_ITEMS
                    + ", not " + count);
        }
    }

    private static byte[] bytes(String path) {
        try (InputStream in = HighlightRules.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new DefinitionInvalid(path + ": not found");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new DefinitionInvalid(path + ": cannot be read", e);
        }
    }
}
