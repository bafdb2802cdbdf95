package vn.thuocdo.survey;

/** The routes of the survey's user tasks: each is the {@code formKey} of its task in {@code SurveyProcess}. */
public final class SurveyForms {

    public static final String DESIGN = "survey/design";
    public static final String REVIEW = "survey/sample-review";
    /** Fieldwork is still a manual stage until the fieldwork issues land. */
    public static final String FIELDWORK = "round/manual-stage";

    private SurveyForms() {
    }
}
