package vn.thuocdo.forms.design;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A size column of the sampling frame (Phụ lục 1) that a stage or an allocation rule can be proportional to. */
public enum SizeMeasure {
    @JsonProperty("households") HOUSEHOLDS,
    @JsonProperty("population") POPULATION;

    /** The name used in design files and frame columns. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
