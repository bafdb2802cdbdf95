package vn.thuocdo.units;

/** The kinds of unit a round evaluates or is organised by. */
public enum UnitKind {
    PROVINCE, MINISTRY
}
