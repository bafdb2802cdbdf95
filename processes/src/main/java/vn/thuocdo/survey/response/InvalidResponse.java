package vn.thuocdo.survey.response;

import org.springframework.modulith.NamedInterface;
import vn.thuocdo.forms.FieldError;
import vn.thuocdo.shared.Rejected;

import java.util.List;

/** Final answers that break the questionnaire: every refusal, by question id; nothing was stored. */
@NamedInterface("answers")
public class InvalidResponse extends Rejected {

    private final transient List<FieldError> errors;

    public InvalidResponse(List<FieldError> errors) {
        super("response.invalidAnswers", errors.size());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
