package vn.thuocdo.sampling;

import vn.thuocdo.forms.FieldError;
import vn.thuocdo.shared.Rejected;

import java.util.List;

/** A submission with answers the form refuses; each error names its field. Nothing was saved. */
public class InvalidAnswers extends Rejected {

    private final List<FieldError> errors;

    public InvalidAnswers(List<FieldError> errors) {
        super("sampling.invalidAnswers", errors.size());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
