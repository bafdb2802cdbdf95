package vn.thuocdo.survey.officials;

/**
 * How many of a unit's officials of one position group were invited and how many answered: a count, never a name.
 * {@code unitId} is null in a unit's own view.
 */
public record GroupRate(String unitId, String positionGroup, long invited, long answered) {

    /** {@code answered} of a group too small to show: the officer knows its few members by name. */
    public static final long WITHHELD = -1;

    public boolean withheld() {
        return answered == WITHHELD;
    }

    /** The share answered, 0 to 100, rounded down; 0 when nobody was invited. */
    public int percent() {
        return invited == 0 || withheld() ? 0 : (int) (answered * 100 / invited);
    }
}
