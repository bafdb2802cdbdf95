package vn.thuocdo.forms.highlights;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import vn.thuocdo.forms.Text;

/**
 * How many of a unit's items (PAR INDEX areas and SIPAS elements, compared by their share of the maximum) its
 * published scorecard lists as strongest and as weakest. {@code provisional} marks a default of ours [A];
 * {@code source} says where the numbers come from. Built only through {@link HighlightRules}, which validates it.
 */
public record HighlightRule(String id, int version, Text title, boolean provisional, Text source, int strongest,
                            int weakest) {

    /** The most items either list may name: a scorecard lists a few, never the whole table. */
    public static final int MAX_ITEMS = 10;

    @JsonCreator
    public HighlightRule(@JsonProperty(value = "id", required = true) String id,
                         @JsonProperty(value = "version", required = true) int version,
                         @JsonProperty(value = "title", required = true) Text title,
                         @JsonProperty("provisional") Boolean provisional,
                         @JsonProperty("source") Text source,
                         @JsonProperty(value = "strongest", required = true) int strongest,
                         @JsonProperty(value = "weakest", required = true) int weakest) {
        this(id, version, title, Boolean.TRUE.equals(provisional), source, strongest, weakest);
    }

    /** {@code id@version}, as a report names the rule it applied. */
    public String reference() {
        return id + "@" + version;
    }
}
