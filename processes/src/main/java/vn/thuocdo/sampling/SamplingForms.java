package vn.thuocdo.sampling;

/** The routes of the sampling views; the BPMN's {@code camunda:formKey} values are these. */
public final class SamplingForms {

    public static final String SUBMIT = "sampling/submit";
    public static final String REVIEW = "sampling/review";

    private SamplingForms() {
    }
}
