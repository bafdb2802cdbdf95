package vn.thuocdo.forms.improvement;

/** What a plan item is: a PAR area (lĩnh vực), a SIPAS service element (yếu tố) or a PAR criterion (tiêu chí). */
public enum ItemKind {
    AREA,
    ELEMENT,
    CRITERION
}
