package vn.thuocdo.forms.scorecard;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import vn.thuocdo.forms.Text;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a sub-criterion's points are given. The JSON names the kind in {@code type}: {@code YES_NO}, {@code TIERED},
 * {@code FORMULA} or {@code SURVEY}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ScoringRule.YesNo.class, name = "YES_NO"),
        @JsonSubTypes.Type(value = ScoringRule.Tiered.class, name = "TIERED"),
        @JsonSubTypes.Type(value = ScoringRule.Formula.class, name = "FORMULA"),
        @JsonSubTypes.Type(value = ScoringRule.Survey.class, name = "SURVEY")})
public sealed interface ScoringRule {

    /** The name the JSON and the workbook use for this kind of rule. */
    @JsonIgnore
    String type();

    /** Done or not: the sub-criterion's full points, or none. */
    record YesNo() implements ScoringRule {
        public String type() {
            return "YES_NO";
        }
    }

    /** Named levels (e.g. "on time", "late", "not done"), each worth some points; one of them is the maximum. */
    record Tiered(List<Level> levels) implements ScoringRule {
        public Tiered {
            levels = levels == null ? List.of() : List.copyOf(levels);
        }

        public String type() {
            return "TIERED";
        }
    }

    /** One level of a tiered rule: a key stored with the score, its wording, its points. */
    @JsonPropertyOrder({"key", "label", "points"})
    record Level(String key, Text label, BigDecimal points) {
        public Level {
            points = Decimals.canonical(points);
        }
    }

    /**
     * Points computed from figures the unit reports (e.g. dossiers received and handled on time): {@code value} is an
     * expression over the figures ({@code ${onTime} div ${received}}); {@code scoring} turns it into points,
     * PROPORTIONAL (maximum × value, kept within 0..maximum) or by BANDS (the points of the highest threshold the
     * value reaches, none below the lowest). {@code checks} refuse inconsistent figures; {@code whenUndefined} gives
     * the points when the value has no number (nothing received: a division by zero), and without it such figures
     * are refused.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"figures", "value", "scoring", "bands", "checks", "whenUndefined"})
    record Formula(List<Figure> figures, String value, Method scoring, List<Band> bands, List<Check> checks,
                   BigDecimal whenUndefined) implements ScoringRule {

        public enum Method {
            PROPORTIONAL, BANDS
        }

        public Formula {
            figures = figures == null ? List.of() : List.copyOf(figures);
            bands = bands == null || bands.isEmpty() ? null : List.copyOf(bands);
            checks = checks == null || checks.isEmpty() ? null : List.copyOf(checks);
            whenUndefined = Decimals.canonical(whenUndefined);
        }

        public String type() {
            return "FORMULA";
        }

        @JsonIgnore
        public Set<String> figureIds() {
            return figures.stream().filter(f -> f != null && f.id() != null).map(Figure::id)
                    .collect(Collectors.toUnmodifiableSet());
        }

        @JsonIgnore
        public List<Band> bandList() {
            return bands == null ? List.of() : bands;
        }

        @JsonIgnore
        public List<Check> checkList() {
            return checks == null ? List.of() : checks;
        }
    }

    /** A figure a unit reports: never negative, at most {@code max} when given, whole unless DECIMAL. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "label", "kind", "max"})
    record Figure(String id, Text label, FigureKind kind, BigDecimal max) {
        public Figure {
            max = Decimals.canonical(max);
        }
    }

    enum FigureKind {
        INTEGER, DECIMAL
    }

    /** A value at or above {@code atLeast} earns {@code points}. */
    @JsonPropertyOrder({"atLeast", "points"})
    record Band(BigDecimal atLeast, BigDecimal points) {
        public Band {
            atLeast = Decimals.canonical(atLeast);
            points = Decimals.canonical(points);
        }
    }

    /** A condition the figures must meet ({@code ${onTime} <= ${received}}), with what the unit is told otherwise. */
    @JsonPropertyOrder({"rule", "message"})
    record Check(String rule, Text message) {
    }

    /**
     * Assessed by the sociological survey, not self-scored: the index computation fills it from {@code measure}
     * ({@code sipas:overall}, {@code sipas:element:<id>}, {@code sipas:part:<id>}, {@code officials:overall},
     * {@code officials:<id>}), mapping the survey's percentage to points PROPORTIONAL by default [A].
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"measure", "mapping"})
    record Survey(String measure, Mapping mapping) implements ScoringRule {

        public enum Mapping {
            /** points = maximum × percentage / 100. */
            PROPORTIONAL
        }

        public Survey {
            mapping = mapping == null ? Mapping.PROPORTIONAL : mapping;
        }

        public String type() {
            return "SURVEY";
        }

        /** The mapping, PROPORTIONAL when the definition left it out (kept from the first API: now always set). */
        @JsonIgnore
        public Mapping mappingOrDefault() {
            return mapping;
        }
    }
}
