package vn.thuocdo.forms.design;

/** The levels a SIPAS sample goes down, in this order: commune, village or residential group, household. */
public enum StageLevel {
    COMMUNE, VILLAGE, HOUSEHOLD
}
