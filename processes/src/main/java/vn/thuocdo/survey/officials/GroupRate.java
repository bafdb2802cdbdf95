package vn.thuocdo.survey.officials;

/**
 * How many of a unit's officials of one position group were invited and how many answered: a count, never a name.
 * {@code unitId} is null in a unit's own view.
 */
public record GroupRate(String unitId, String positionGroup, long invited, long answered) {

    /** The share answered, 0 to 100, rounded down; 0 when nobody was invited. */
    public int percent() {
        return invited == 0 ? 0 : (int) (answered * 100 / invited);
    }
}
