package vn.thuocdo.forms.index;

import vn.thuocdo.forms.Text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The officials' index ({@code officials@1}, over the questionnaire {@code par-officials@1}) as the PAR INDEX names
 * it. The compilation stores its rows as {@code officials:element:direction}, {@code officials:part:reform} and
 * {@code officials:overall}, like SIPAS's; a scorecard's survey sub-criterion names an element or part by its id
 * alone ({@code officials:direction}, ids being unique across the definition's levels) or the overall index
 * ({@code officials:overall}). One place for the compilation and the replication package's recomputation.
 */
public final class OfficialsMeasures {

    /** The officials' methodology the compilation uses [A]: the one shipped definition. */
    public static final String DEFINITION = "officials@1";
    public static final String PREFIX = "officials:";

    private OfficialsMeasures() {
    }

    /** The estimator's measures the compilation keeps, in order: elements, parts, overall (items stay out). */
    public static List<String> measures(IndexDefinition definition) {
        List<String> measures = new ArrayList<>();
        definition.elements().forEach(g -> measures.add("element:" + g.id()));
        definition.parts().forEach(g -> measures.add("part:" + g.id()));
        measures.add("overall");
        return measures;
    }

    /** The stored row's measure: {@code element:direction} → {@code officials:element:direction}. */
    public static String stored(String measure) {
        return PREFIX + measure;
    }

    /** The scorecard's name of an estimator measure: {@code element:direction} → {@code officials:direction}. */
    public static String scorecard(String measure) {
        return PREFIX + measure.substring(measure.indexOf(':') + 1);
    }

    /** Every stored measure's label from the definition: the overall index (its title), parts, elements. */
    public static Map<String, Text> labels(IndexDefinition definition) {
        Map<String, Text> labels = new LinkedHashMap<>();
        labels.put(PREFIX + "overall", definition.title());
        definition.parts().forEach(g -> labels.put(PREFIX + "part:" + g.id(), g.label()));
        definition.elements().forEach(g -> labels.put(PREFIX + "element:" + g.id(), g.label()));
        return labels;
    }
}
