package vn.thuocdo.units;

/** The kinds of unit a round evaluates or is organised by. */
public enum UnitKind {
    PROVINCE, MINISTRY,
    /** A province's department, board or agency (sở, ban, ngành), evaluated in the province's own round. */
    DEPARTMENT,
    /** A commune, ward or special zone of a province (xã, phường, đặc khu). */
    COMMUNE
}
