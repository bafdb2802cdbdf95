package vn.thuocdo.forms.questionnaire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import vn.thuocdo.forms.Text;

import java.util.List;

/** A titled group of questions; when its {@code relevant} expression is false, none of its questions is asked. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "title", "relevant", "questions"})
public record Section(String id, Text title, String relevant, List<Question> questions) {

    public Section {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }
}
