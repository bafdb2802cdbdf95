package vn.thuocdo.forms.improvement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.thuocdo.forms.DefinitionInvalid;
import vn.thuocdo.forms.Text;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads and checks a selection rule (every problem at once, so an administrator fixes a replacement in one go) and
 * applies it to a unit's published numbers. Pure: no Spring, no database.
 */
public final class SelectionRules {

    /** The default shipped with the product [A]: an administrator may configure a replacement file. */
    public static final String SHIPPED = "forms/improvement/selection-rule-v1.json";
    /** Bounds that keep a rule readable and a plan doable; a text beyond them is refused before it is looked at. */
    static final int MAX_JSON = 20_000;
    static final int MAX_COUNT = 20;
    static final int MAX_ITEMS = 50;

    private SelectionRules() {
    }

    /** The default rule shipped in forms/. */
    public static SelectionRule shipped() {
        try (InputStream in = SelectionRules.class.getClassLoader().getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new DefinitionInvalid(SHIPPED + ": not found");
            }
            return parse(SHIPPED, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DefinitionInvalid(SHIPPED + ": cannot be read", e);
        }
    }

    /** A rule from its JSON, or {@link SelectionRuleInvalid} with every problem. */
    public static SelectionRule parse(String source, String json) {
        List<SelectionProblem> problems = new ArrayList<>();
        if (json == null || json.length() > MAX_JSON) {
            throw new SelectionRuleInvalid(source, List.of(new SelectionProblem("rule", "rule.tooLarge",
                    List.of(MAX_JSON))));
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new SelectionRuleInvalid(source, List.of(new SelectionProblem("rule", "rule.unreadable",
                    List.of(e.getOriginalMessage()))));
        }
        if (root == null || !root.isObject()) {
            throw new SelectionRuleInvalid(source, List.of(new SelectionProblem("rule", "rule.unreadable",
                    List.of("{}"))));
        }
        String id = root.path("id").asText(null);
        if (id == null || id.length() > 64 || !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            problems.add(new SelectionProblem("id", "rule.badId", List.of(String.valueOf(id))));
        }
        int version = whole(root, "version", 1, 1000, problems);
        Text title = text(root, "title", problems);
        Text description = text(root, "description", problems);
        int areas = whole(root, "weakestAreas", 0, MAX_COUNT, problems);
        int elements = whole(root, "weakestElements", 0, MAX_COUNT, problems);
        int maxItems = whole(root, "maxItems", 1, MAX_ITEMS, problems);
        BigDecimal below = null;
        JsonNode share = root.path("criterionBelow");
        if (!share.isNumber()) {
            problems.add(new SelectionProblem("criterionBelow", "rule.missing", List.of("criterionBelow")));
        } else {
            below = share.decimalValue();
            if (below.signum() < 0 || below.compareTo(BigDecimal.ONE) > 0) {
                problems.add(new SelectionProblem("criterionBelow", "rule.badShare", List.of(below.toPlainString())));
            }
        }
        if (problems.isEmpty() && areas + elements > maxItems) {
            problems.add(new SelectionProblem("maxItems", "rule.tooFewItems", List.of(maxItems, areas + elements)));
        }
        if (problems.isEmpty() && areas == 0 && elements == 0 && below.signum() == 0) {
            problems.add(new SelectionProblem("rule", "rule.selectsNothing", List.of()));
        }
        if (!problems.isEmpty()) {
            throw new SelectionRuleInvalid(source, problems);
        }
        boolean provisional = root.path("provisional").asBoolean(false);
        return new SelectionRule(id, version, provisional, title, description, areas, elements, below, maxItems);
    }

    /**
     * What a unit must plan for: its weakest areas, then its weakest elements, then every criterion below the
     * threshold (weakest first), at most {@code maxItems}. Equal shares go by code, so the same numbers always
     * choose the same items. A candidate without a share (no data) is never chosen: nothing to improve on is known.
     */
    public static List<Candidate> choose(SelectionRule rule, List<Candidate> candidates) {
        Comparator<Candidate> weakest = Comparator.comparing(Candidate::share).thenComparing(Candidate::code);
        List<Candidate> known = candidates.stream().filter(c -> c.share() != null).toList();
        List<Candidate> chosen = new ArrayList<>();
        known.stream().filter(c -> c.kind() == ItemKind.AREA).sorted(weakest).limit(rule.weakestAreas())
                .forEach(chosen::add);
        known.stream().filter(c -> c.kind() == ItemKind.ELEMENT).sorted(weakest).limit(rule.weakestElements())
                .forEach(chosen::add);
        known.stream().filter(c -> c.kind() == ItemKind.CRITERION && c.share().compareTo(rule.criterionBelow()) < 0)
                .sorted(weakest).limit(Math.max(0, rule.maxItems() - chosen.size())).forEach(chosen::add);
        return List.copyOf(chosen);
    }

    private static int whole(JsonNode root, String name, int min, int max, List<SelectionProblem> problems) {
        JsonNode node = root.path(name);
        if (!node.isInt()) {
            problems.add(new SelectionProblem(name, "rule.missing", List.of(name)));
            return 0;
        }
        if (node.intValue() < min || node.intValue() > max) {
            problems.add(new SelectionProblem(name, "rule.outOfRange", List.of(node.intValue(), min, max)));
        }
        return node.intValue();
    }

    private static Text text(JsonNode root, String name, List<SelectionProblem> problems) {
        String vi = root.path(name).path("vi").asText("");
        String en = root.path(name).path("en").asText("");
        if (vi.isBlank() || vi.length() > 2000 || en.length() > 2000) {
            problems.add(new SelectionProblem(name, "rule.missingText", List.of(name)));
            return null;
        }
        return new Text(vi, en);
    }
}
