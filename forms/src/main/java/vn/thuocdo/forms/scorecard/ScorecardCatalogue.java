package vn.thuocdo.forms.scorecard;

import vn.thuocdo.forms.Definitions;
import com.fasterxml.jackson.databind.JsonNode;
import vn.thuocdo.forms.DefinitionInvalid;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scorecards in force: the ones shipped under {@code forms/scorecards/} (listed in
 * {@code forms/scorecards/index.json}) and validated on load, so a broken one stops the application instead of
 * reaching units; plus, through {@link #with}, official versions an administrator imported, which win over a shipped
 * default for the years they cover. Within one source, two definitions of the same kind may not share a year.
 */
public final class ScorecardCatalogue {

    static final String INDEX = "forms/scorecards/index.json";

    private final Map<String, Scorecard> shipped;
    private final Map<String, Scorecard> imported;

    private ScorecardCatalogue(Map<String, Scorecard> shipped, Map<String, Scorecard> imported) {
        this.shipped = shipped;
        this.imported = imported;
    }

    /** Loads the scorecards shipped with the product. */
    public static ScorecardCatalogue load() {
        return load(ScorecardCatalogue.class.getClassLoader(), INDEX);
    }

    static ScorecardCatalogue load(ClassLoader loader, String index) {
        JsonNode paths = Definitions.tree(loader, index).path("scorecards");
        if (!paths.isArray() || paths.isEmpty()) {
            throw new DefinitionInvalid(index + ": needs a non-empty list named scorecards");
        }
        String folder = index.substring(0, index.lastIndexOf('/') + 1);
        Map<String, Scorecard> byId = new LinkedHashMap<>();
        for (JsonNode node : paths) {
            String path = node.asText();
            Scorecard scorecard = ScorecardJson.read(loader, folder + path);
            add(byId, scorecard, path);
        }
        return new ScorecardCatalogue(Map.copyOf(byId), Map.of());
    }

    /**
     * This catalogue with imported official versions on top (each already validated), oldest first: for a kind and
     * year the latest imported one that covers it wins, then the shipped one. Ids stay unique.
     */
    public ScorecardCatalogue with(List<Scorecard> officials) {
        Map<String, Scorecard> byId = new LinkedHashMap<>();
        for (Scorecard scorecard : officials) {
            if (shipped.containsKey(scorecard.id())) {
                throw new ScorecardInvalid(scorecard.id(), List.of(new ScorecardProblem("id",
                        "scorecard.duplicateId", List.of(scorecard.id()))));
            }
            if (byId.put(scorecard.id(), scorecard) != null) {
                throw new ScorecardInvalid(scorecard.id(), List.of(new ScorecardProblem("id",
                        "scorecard.duplicateId", List.of(scorecard.id()))));
            }
        }
        return new ScorecardCatalogue(shipped, Collections.unmodifiableMap(byId));
    }

    private static void add(Map<String, Scorecard> byId, Scorecard scorecard, String source) {
        if (byId.containsKey(scorecard.id())) {
            throw new ScorecardInvalid(source, List.of(new ScorecardProblem("id", "scorecard.duplicateId",
                    List.of(scorecard.id()))));
        }
        for (Scorecard other : byId.values()) {
            if (other.kind() == scorecard.kind() && other.years().overlaps(scorecard.years())) {
                throw new ScorecardInvalid(source, List.of(new ScorecardProblem("years", "scorecard.yearsOverlap",
                        List.of(scorecard.years().toString(), other.id(), other.years().toString(),
                                scorecard.kind().name()))));
            }
        }
        byId.put(scorecard.id(), scorecard);
    }

    /** The scorecard for a kind of unit in an evaluation year: an imported official one first, else the shipped one. */
    public Optional<Scorecard> forYear(Scorecard.Kind kind, int year) {
        Optional<Scorecard> official = imported.values().stream().filter(s -> s.appliesTo(kind, year))
                .reduce((earlier, later) -> later);
        return official.isPresent() ? official
                : shipped.values().stream().filter(s -> s.appliesTo(kind, year)).findFirst();
    }

    /** A scorecard by its id, shipped or imported. */
    public Optional<Scorecard> find(String id) {
        Scorecard scorecard = imported.get(id);
        return Optional.ofNullable(scorecard != null ? scorecard : shipped.get(id));
    }

    /** A scorecard a stored self-assessment points to; a missing one is a broken round, not a user error. */
    public Scorecard get(String id) {
        return find(id).orElseThrow(() -> new DefinitionInvalid("No scorecard " + id));
    }

    /** Every scorecard, shipped then imported, each by kind and first year. */
    public List<Scorecard> all() {
        List<Scorecard> all = new ArrayList<>(shipped.values());
        all.addAll(imported.values());
        all.sort(Comparator.comparing(Scorecard::kind).thenComparing(s -> s.years().from())
                .thenComparing(Scorecard::id));
        return List.copyOf(all);
    }

    /** Whether a scorecard was imported by an administrator rather than shipped. */
    public boolean isImported(String id) {
        return imported.containsKey(id);
    }
}
