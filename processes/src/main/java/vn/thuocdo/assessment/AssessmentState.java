package vn.thuocdo.assessment;

/** Where a unit's self-assessment stands; only the unit's officers change values in DRAFT. */
public enum AssessmentState {
    /** The unit's officers are scoring. */
    DRAFT,
    /** The unit's leader has signed off: values are locked; submission is next. */
    SIGNED_OFF,
    /** Submitted to the Ministry before the stage's deadline; waiting for the appraisers. */
    SUBMITTED,
    /** The assigned appraisers are setting appraised values. */
    IN_APPRAISAL,
    /** The appraised result was sent to the unit, which may explain (giải trình) adjusted sub-criteria. */
    APPRAISED_SENT,
    /** The unit has explained, or the explanation deadline has passed: the appraisers set final values. */
    EXPLAINED,
    /** Final values set: the unit's points for the index. */
    FINAL;

    /** Whether the unit itself has no more say over its values. */
    public boolean submitted() {
        return ordinal() >= SUBMITTED.ordinal();
    }
}
