package vn.thuocdo.forms.design;

import vn.thuocdo.forms.Text;

/**
 * What came of a visit to a household slot, so response rates are honest: {@value #INTERVIEWED} (the only code
 * whose visit has answers), refused, absent after three visits, moved, replaced, other. The codes are data; only
 * {@value #INTERVIEWED} has a meaning the software relies on.
 */
public record OutcomeCode(String code, Text label) {

    public static final String INTERVIEWED = "INTERVIEWED";
}
