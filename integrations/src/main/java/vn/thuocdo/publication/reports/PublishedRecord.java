package vn.thuocdo.publication.reports;

import vn.thuocdo.forms.index.IndexDefinition;
import vn.thuocdo.forms.scorecard.Area;
import vn.thuocdo.forms.scorecard.Scorecard;
import vn.thuocdo.publication.PublicationDraft;
import vn.thuocdo.publication.PublishedValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the reports of one publication print: its frozen numbers by unit, the definitions the result version used
 * (the SIPAS index definition and the scorecard of each kind of unit), the version's response counts, and last
 * year's published values of its units ({@code published_result}, by unit and history measure).
 */
record PublishedRecord(PublicationDraft draft, Version version, IndexDefinition sipas,
                       Map<String, Scorecard> scorecardsByKind, Map<String, List<PublishedValue>> byUnit,
                       Map<String, Map<String, BigDecimal>> lastYear) {

    static final String NATIONAL = "national";
    static final String PROVINCE = "PROVINCE";
    static final String MINISTRY = "MINISTRY";
    static final String SIPAS_OVERALL = "sipas:overall";
    static final String PAR_TOTAL = "par:total";
    static final String PAR_PERCENT = "par:percent";
    static final String PAR_AREA = "par:area:";
    static final String SIPAS_ELEMENT = "sipas:element:";
    static final String SIPAS_PART = "sipas:part:";

    /** The result version's facts: the definitions it named and its responses (accepted, of which unweighted). */
    record Version(String indexDefinition, List<String> scorecards, int responses, int unweighted) {
    }

    /** Every unit's value of one measure, among units of one kind, in rank order (unranked last, by name). */
    List<PublishedValue> ranked(String kind, String measure) {
        List<PublishedValue> rows = new ArrayList<>();
        for (List<PublishedValue> values : byUnit.values()) {
            values.stream().filter(v -> v.unitKind().equals(kind) && v.measure().equals(measure))
                    .findFirst().ifPresent(rows::add);
        }
        rows.sort(Comparator.comparing((PublishedValue v) -> v.rank() == null ? Integer.MAX_VALUE : v.rank())
                .thenComparing(PublishedValue::unitName));
        return rows;
    }

    Optional<PublishedValue> value(String unitId, String measure) {
        return byUnit.getOrDefault(unitId, List.of()).stream().filter(v -> v.measure().equals(measure)).findFirst();
    }

    /** The units reported on one by one: every unit but the national row, in the order of the publication. */
    List<String> units() {
        return byUnit.keySet().stream().filter(u -> !u.equals(NATIONAL)).toList();
    }

    String name(String unitId) {
        List<PublishedValue> values = byUnit.getOrDefault(unitId, List.of());
        return values.isEmpty() ? unitId : values.get(0).unitName();
    }

    String kind(String unitId) {
        List<PublishedValue> values = byUnit.getOrDefault(unitId, List.of());
        return values.isEmpty() ? "" : values.get(0).unitKind();
    }

    /** How many units of a kind were ranked on a measure: the "of n" of a rank. */
    int rankedCount(String kind, String measure) {
        return (int) ranked(kind, measure).stream().filter(v -> v.rank() != null).count();
    }

    /** A measure's name as the definitions give it (an area's title in the unit's scorecard, an element's label). */
    String label(String kind, String measure) {
        if (measure.startsWith(PAR_AREA)) {
            String code = measure.substring(PAR_AREA.length());
            Scorecard scorecard = scorecardsByKind.get(kind);
            return scorecard == null ? code : scorecard.areas().stream().filter(a -> a.code().equals(code))
                    .findFirst().map(Area::title).map(t -> code + ". " + t.vi()).orElse(code);
        }
        if (sipas != null && measure.startsWith(SIPAS_ELEMENT)) {
            String id = measure.substring(SIPAS_ELEMENT.length());
            return sipas.elements().stream().filter(g -> g.id().equals(id) && g.label() != null).findFirst()
                    .map(g -> g.label().vi()).orElse(id);
        }
        if (sipas != null && measure.startsWith(SIPAS_PART)) {
            String id = measure.substring(SIPAS_PART.length());
            return sipas.parts().stream().filter(g -> g.id().equals(id) && g.label() != null).findFirst()
                    .map(g -> g.label().vi()).orElse(id);
        }
        return measure;
    }

    /** Groups the values (ordered by unit kind and id) by unit, keeping that order. */
    static Map<String, List<PublishedValue>> byUnit(List<PublishedValue> values) {
        Map<String, List<PublishedValue>> byUnit = new LinkedHashMap<>();
        for (PublishedValue v : values) {
            byUnit.computeIfAbsent(v.unitId(), u -> new ArrayList<>()).add(v);
        }
        return byUnit;
    }
}
