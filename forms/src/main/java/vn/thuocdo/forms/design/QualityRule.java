package vn.thuocdo.forms.design;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import vn.thuocdo.forms.Text;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One fieldwork quality rule of a design: when it fires on an interview, the interview is flagged for the
 * supervisor's review. The {@code kind} property of the definition picks the record; an unknown kind stops the load.
 * Numbers are boxed so that a missing one is reported as missing rather than read as 0.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = QualityRule.TooFast.class, name = "TOO_FAST"),
        @JsonSubTypes.Type(value = QualityRule.StraightLining.class, name = "STRAIGHT_LINING"),
        @JsonSubTypes.Type(value = QualityRule.SamePattern.class, name = "SAME_PATTERN"),
        @JsonSubTypes.Type(value = QualityRule.OutsideArea.class, name = "OUTSIDE_AREA"),
        @JsonSubTypes.Type(value = QualityRule.OutsideWindow.class, name = "OUTSIDE_WINDOW"),
        @JsonSubTypes.Type(value = QualityRule.TooManyPerDay.class, name = "TOO_MANY_PER_DAY")})
public sealed interface QualityRule {

    String id();

    Text label();

    /** The whole interview under {@code minSeconds}, or a section under its own minimum (by section id). */
    record TooFast(String id, Text label, @JsonDeserialize(using = StrictNumbers.Whole.class) Integer minSeconds,
                   @JsonDeserialize(contentUsing = StrictNumbers.Whole.class) Map<String, Integer> sectionMinimums)
            implements QualityRule {
        public TooFast {
            sectionMinimums = sectionMinimums == null ? Map.of() : Map.copyOf(sectionMinimums);
        }
    }

    /**
     * The same answer to every item of a group of scale questions: the SATISFACTION questions of {@code sections}
     * plus {@code questions}; fires when at least {@code minItems} are answered and all answers are identical.
     */
    record StraightLining(String id, Text label, List<String> sections, List<String> questions,
                          @JsonDeserialize(using = StrictNumbers.Whole.class) Integer minItems)
            implements QualityRule, ScaleGroup {
        public StraightLining {
            sections = sections == null ? List.of() : List.copyOf(sections);
            questions = questions == null ? List.of() : List.copyOf(questions);
        }
    }

    /**
     * The same answers over a group of scale questions in at least {@code share} of one enumerator's interviews,
     * judged once the enumerator has {@code minInterviews}: every interview with that pattern is flagged.
     */
    record SamePattern(String id, Text label, List<String> sections, List<String> questions,
                       @JsonDeserialize(using = StrictNumbers.Share.class) BigDecimal share,
                       @JsonDeserialize(using = StrictNumbers.Whole.class) Integer minInterviews)
            implements QualityRule, ScaleGroup {
        public SamePattern {
            sections = sections == null ? List.of() : List.copyOf(sections);
            questions = questions == null ? List.of() : List.copyOf(questions);
        }
    }

    /** The interview's commune (where it was recorded) is not the commune assigned. */
    record OutsideArea(String id, Text label) implements QualityRule {
    }

    /** The interview started before the round's fieldwork opened or after it closed. */
    record OutsideWindow(String id, Text label) implements QualityRule {
    }

    /** More than {@code maxPerDay} interviews by one enumerator on one day, Vietnam time. */
    record TooManyPerDay(String id, Text label,
                         @JsonDeserialize(using = StrictNumbers.Whole.class) Integer maxPerDay) implements QualityRule {
    }

    /** A rule over a group of scale questions: the SATISFACTION questions of some sections, and some more. */
    interface ScaleGroup {
        List<String> sections();

        List<String> questions();
    }
}
