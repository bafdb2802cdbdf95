package vn.thuocdo.forms.questionnaire;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import vn.thuocdo.forms.Answer;
import vn.thuocdo.forms.Option;
import vn.thuocdo.forms.Text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A versioned survey questionnaire (the SIPAS citizen form, the PAR INDEX survey of officials...): its data as the
 * JSON states it, plus the rules compiled from it on {@link #validate()}, so no expression is parsed at answer time.
 * Equal when their data are equal, whatever was compiled.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "version", "kind", "title", "description", "choiceLists", "notValid", "grouping", "sections"})
public final class Questionnaire {

    /** Who answers it. */
    public enum Kind {
        /** Citizens in the SIPAS household survey. */
        CITIZEN,
        /** Leaders, managers and civil servants in the PAR INDEX survey. */
        OFFICIALS
    }

    private final String id;
    private final int version;
    private final Kind kind;
    private final Text title;
    private final Text description;
    private final Map<String, List<Option>> choiceLists;
    private final List<Option> notValid;
    private final Grouping grouping;
    private final List<Section> sections;
    @JsonIgnore
    private volatile Rules rules;

    @JsonCreator
    public Questionnaire(@JsonProperty("id") String id, @JsonProperty("version") int version,
                         @JsonProperty("kind") Kind kind, @JsonProperty("title") Text title,
                         @JsonProperty("description") Text description,
                         @JsonProperty("choiceLists") Map<String, List<Option>> choiceLists,
                         @JsonProperty("notValid") List<Option> notValid,
                         @JsonProperty("grouping") Grouping grouping,
                         @JsonProperty("sections") List<Section> sections) {
        this.id = id;
        this.version = version;
        this.kind = kind;
        this.title = title;
        this.description = description;
        Map<String, List<Option>> lists = new LinkedHashMap<>();
        if (choiceLists != null) {
            choiceLists.forEach((name, list) -> lists.put(name, list == null ? null : Collections.unmodifiableList(
                    new ArrayList<>(list))));
        }
        this.choiceLists = Collections.unmodifiableMap(lists);
        this.notValid = notValid == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(notValid));
        this.grouping = grouping == null ? new Grouping(List.of()) : grouping;
        this.sections = sections == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(sections));
    }

    /** Reads a questionnaire from its JSON strictly (an unknown property is an error) and validates it. */
    public static Questionnaire parse(String json) {
        return QuestionnaireJson.parse(json);
    }

    /** The reference rounds pin and responses are stored with: {@code id@version}. */
    @JsonIgnore
    public String reference() {
        return id + "@" + version;
    }

    /**
     * Checks everything and compiles the expressions; throws {@link QuestionnaireInvalid} with every reason found.
     * Returns this questionnaire, so a caller can write {@code parse(json).validate()} or keep the result.
     */
    public Questionnaire validate() {
        rules();
        return this;
    }

    Rules rules() {
        Rules compiled = rules;
        if (compiled == null) {
            compiled = QuestionnaireValidator.compile(this);
            rules = compiled;
        }
        return compiled;
    }

    /** Reads raw answers (texts, numbers, dates, a list of keys for a multiple choice) into a {@link Response}. */
    public Response read(Map<String, ?> raw, Completeness completeness) {
        return read(raw, completeness, LocalDate.now(Rules.ZONE));
    }

    /** As {@link #read(Map, Completeness)}, with the day {@code today()} stands for in expressions. */
    public Response read(Map<String, ?> raw, Completeness completeness, LocalDate today) {
        return new ResponseReader(rules(), today).read(raw == null ? Map.of() : raw, completeness);
    }

    /** Whether a question (and its section) is asked given the answers so far: the skip logic a renderer shows live. */
    public boolean relevant(String questionId, Map<String, Answer> soFar) {
        return relevant(questionId, soFar, LocalDate.now(Rules.ZONE));
    }

    /** As {@link #relevant(String, Map)}, with the day {@code today()} stands for. */
    public boolean relevant(String questionId, Map<String, Answer> soFar, LocalDate today) {
        return rules().relevant(questionId, soFar == null ? Map.of() : soFar, today);
    }

    /** Every question in order, sections flattened. */
    @JsonIgnore
    public List<Question> questions() {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }

    public Optional<Question> question(String questionId) {
        return questions().stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    /** The choices a question offers (its list), empty for questions without one. */
    public List<Option> choicesOf(Question question) {
        return question.choices() == null ? List.of() : choiceLists.getOrDefault(question.choices(), List.of());
    }

    /** The canonical JSON: fixed property order, unset properties left out; parse(toJson()) equals this. */
    public String toJson() {
        return QuestionnaireJson.write(this);
    }

    @JsonProperty
    public String id() {
        return id;
    }

    @JsonProperty
    public int version() {
        return version;
    }

    @JsonProperty
    public Kind kind() {
        return kind;
    }

    @JsonProperty
    public Text title() {
        return title;
    }

    @JsonProperty
    public Text description() {
        return description;
    }

    @JsonProperty
    public Map<String, List<Option>> choiceLists() {
        return choiceLists;
    }

    @JsonProperty
    public List<Option> notValid() {
        return notValid;
    }

    @JsonProperty
    public Grouping grouping() {
        return grouping;
    }

    @JsonProperty
    public List<Section> sections() {
        return sections;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Questionnaire q && version == q.version && Objects.equals(id, q.id) && kind == q.kind
                && Objects.equals(title, q.title) && Objects.equals(description, q.description)
                && Objects.equals(choiceLists, q.choiceLists) && Objects.equals(notValid, q.notValid)
                && Objects.equals(grouping, q.grouping) && Objects.equals(sections, q.sections);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version, kind, title, description, choiceLists, notValid, grouping, sections);
    }

    @Override
    public String toString() {
        return "Questionnaire " + reference();
    }
}
