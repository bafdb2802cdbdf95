package vn.thuocdo.sampling;

import vn.thuocdo.shared.Rejected;

import java.util.List;

/** An uploaded frame the template refuses; every error names its row and column. Nothing was saved. */
public class InvalidFrame extends Rejected {

    private final List<FrameError> errors;

    public InvalidFrame(List<FrameError> errors) {
        super("frame.invalid", errors.size());
        this.errors = List.copyOf(errors);
    }

    public List<FrameError> errors() {
        return errors;
    }
}
