package vn.thuocdo.forms.scorecard;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import vn.thuocdo.forms.Text;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One version of a PAR INDEX scorecard for one kind of unit and a span of years, as its JSON states it. Built only
 * through {@link Scorecards#parse} or the catalogue, which validate it: points add up at every level, codes nest,
 * every rule is usable. {@code provisional} marks a default of ours [A] where the official allocation is unknown;
 * {@code source} says where the structure comes from.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "version", "kind", "years", "title", "totalPoints", "surveyPoints", "provisional", "source",
        "areas"})
public record Scorecard(String id, int version, Kind kind, Years years, Text title, BigDecimal totalPoints,
                        BigDecimal surveyPoints, boolean provisional, Text source, List<Area> areas) {

    /** Which units a scorecard scores. */
    public enum Kind {
        /** Provinces and centrally-run cities (Chỉ số CCHC cấp tỉnh). */
        PROVINCE,
        /** Ministries and ministerial-level agencies (Chỉ số CCHC cấp bộ). */
        MINISTRY
    }

    /** The evaluation years a scorecard applies to, both ends included; {@code to} null means "until replaced". */
    public record Years(int from, Integer to) {

        public boolean contains(int year) {
            return year >= from && (to == null || year <= to);
        }

        public boolean overlaps(Years other) {
            int end = to == null ? Integer.MAX_VALUE : to;
            int otherEnd = other.to == null ? Integer.MAX_VALUE : other.to;
            return from <= otherEnd && other.from <= end;
        }

        @Override
        public String toString() {
            return from + "-" + (to == null ? "" : to);
        }
    }

    public Scorecard {
        totalPoints = Decimals.canonical(totalPoints);
        surveyPoints = Decimals.canonical(surveyPoints);
        areas = areas == null ? List.of() : List.copyOf(areas);
    }

    /** Every criterion, in order. */
    @JsonIgnore
    public List<Criterion> criteria() {
        return areas.stream().flatMap(a -> a.criteria().stream()).toList();
    }

    /** Every sub-criterion, in order: what a unit scores. */
    @JsonIgnore
    public List<SubCriterion> subCriteria() {
        return areas.stream().flatMap(a -> a.criteria().stream()).flatMap(c -> c.subCriteria().stream()).toList();
    }

    /** The sub-criterion with this code. */
    public Optional<SubCriterion> subCriterion(String code) {
        return subCriteria().stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** The area, criterion or sub-criterion with this code. */
    public Optional<Node> node(String code) {
        return areas.stream().flatMap(a -> Stream.concat(Stream.of((Node) a), a.criteria().stream()
                        .flatMap(c -> Stream.concat(Stream.of((Node) c), c.subCriteria().stream()))))
                .filter(n -> n.code().equals(code)).findFirst();
    }

    /** The points a unit scores itself (and appraisers check): every sub-criterion not assessed by the survey. */
    @JsonIgnore
    public BigDecimal selfScoredMaximum() {
        return subCriteria().stream().filter(SubCriterion::selfScored).map(SubCriterion::maxPoints)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The points that come from the sociological survey. */
    @JsonIgnore
    public BigDecimal surveyMaximum() {
        return subCriteria().stream().filter(s -> !s.selfScored()).map(SubCriterion::maxPoints)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Whether this scorecard is the one for a kind of unit in a year. */
    public boolean appliesTo(Kind kind, int year) {
        return this.kind == kind && years != null && years.contains(year);
    }

    /** An area, a criterion or a sub-criterion: what a tree view and a workbook row show. */
    public sealed interface Node permits Area, Criterion, SubCriterion {
        String code();

        Text title();

        BigDecimal maxPoints();

        /** 1 for an area, 2 for a criterion, 3 for a sub-criterion. */
        int level();
    }
}
