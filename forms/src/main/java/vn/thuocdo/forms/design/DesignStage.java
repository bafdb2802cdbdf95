package vn.thuocdo.forms.design;

/**
 * One stage of a sample design. {@code measure} is the size for PPS (none for equal-probability stages);
 * {@code perParent} is how many units each selected parent gets (none at the commune stage, whose count follows
 * from the allocation); {@code replacements} is how many ranked stand-ins each parent gets.
 */
public record DesignStage(StageLevel level, SelectionMethod method, SizeMeasure measure, Integer perParent,
                          int replacements) {
}
