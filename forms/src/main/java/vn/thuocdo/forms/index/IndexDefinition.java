package vn.thuocdo.forms.index;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import vn.thuocdo.forms.Text;

import java.util.List;

/**
 * How a satisfaction index is computed, as data: the items (question ids) and which answers to them are valid and
 * which count as satisfied; elements (groups of items), parts (groups of elements) and the overall index (the mean of
 * the listed parts); the fewest valid answers a domain needs for an estimate; and the rule for a stratum with a
 * single sampled cluster. Read strictly and validated by {@link Indices#parse}; nothing here is coded elsewhere.
 */
@JsonPropertyOrder({"id", "version", "title", "description", "questionnaire", "answers", "minValidAnswers",
        "singleClusterStratum", "items", "elements", "parts", "overall"})
public record IndexDefinition(String id, int version, Text title, Text description, String questionnaire,
                              AnswerRule answers, int minValidAnswers, SingleClusterRule singleClusterStratum,
                              List<String> items, List<Group> elements, List<Group> parts, List<String> overall) {

    @JsonCreator
    public IndexDefinition(@JsonProperty(value = "id", required = true) String id,
                           @JsonProperty(value = "version", required = true) int version,
                           @JsonProperty(value = "title", required = true) Text title,
                           @JsonProperty("description") Text description,
                           @JsonProperty("questionnaire") String questionnaire,
                           @JsonProperty(value = "answers", required = true) AnswerRule answers,
                           @JsonProperty(value = "minValidAnswers", required = true) int minValidAnswers,
                           @JsonProperty(value = "singleClusterStratum", required = true)
                           SingleClusterRule singleClusterStratum,
                           @JsonProperty(value = "items", required = true) List<String> items,
                           @JsonProperty(value = "elements", required = true) List<Group> elements,
                           @JsonProperty(value = "parts", required = true) List<Group> parts,
                           @JsonProperty(value = "overall", required = true) List<String> overall) {
        this.id = id;
        this.version = version;
        this.title = title;
        this.description = description;
        this.questionnaire = questionnaire;
        this.answers = answers;
        this.minValidAnswers = minValidAnswers;
        this.singleClusterStratum = singleClusterStratum;
        this.items = items == null ? List.of() : List.copyOf(items);
        this.elements = elements == null ? List.of() : List.copyOf(elements);
        this.parts = parts == null ? List.of() : List.copyOf(parts);
        this.overall = overall == null ? List.of() : List.copyOf(overall);
    }

    /** {@code id@version}, as rounds and results name the definition they used. */
    public String reference() {
        return id + "@" + version;
    }

    /**
     * Which answer keys are valid answers (counted in the denominator), which of those are "satisfied" (the
     * numerator), and which keys are answers that are not valid ("don't know", "not applicable": counted nowhere).
     */
    public record AnswerRule(List<String> valid, List<String> satisfied, List<String> notValid) {

        @JsonCreator
        public AnswerRule(@JsonProperty(value = "valid", required = true) List<String> valid,
                          @JsonProperty(value = "satisfied", required = true) List<String> satisfied,
                          @JsonProperty("notValid") List<String> notValid) {
            this.valid = valid == null ? List.of() : List.copyOf(valid);
            this.satisfied = satisfied == null ? List.of() : List.copyOf(satisfied);
            this.notValid = notValid == null ? List.of() : List.copyOf(notValid);
        }
    }

    /** An element (of items) or a part (of elements): its index is the unweighted mean of its members' indices. */
    @JsonPropertyOrder({"id", "label", "of"})
    public record Group(String id, Text label, List<String> of) {

        @JsonCreator
        public Group(@JsonProperty(value = "id", required = true) String id,
                     @JsonProperty("label") Text label,
                     @JsonProperty(value = "of", required = true) List<String> of) {
            this.id = id;
            this.label = label;
            this.of = of == null ? List.of() : List.copyOf(of);
        }
    }
}
