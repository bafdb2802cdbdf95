package vn.thuocdo.survey;

/** The stages of a sample, outermost first: the unit a row of the sample stands for. */
public enum SampleStage {
    COMMUNE,
    VILLAGE,
    HOUSEHOLD
}
