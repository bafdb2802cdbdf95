package vn.thuocdo.sampling;

import vn.thuocdo.forms.FieldError;
import vn.thuocdo.shared.Rejected;

import java.util.List;

/** A submission with answers the form refuses; each error names its field. Nothing was saved. */
public class InvalidAnswers extends Rejected {

    private final List<FieldError> errors;
    private final String form;

    /** {@code form}: the definition the answers were checked against, whose labels name the fields. */
    public InvalidAnswers(List<FieldError> errors, String form) {
        super("sampling.invalidAnswers", errors.size());
        this.errors = List.copyOf(errors);
        this.form = form;
    }

    public String form() {
        return form;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
