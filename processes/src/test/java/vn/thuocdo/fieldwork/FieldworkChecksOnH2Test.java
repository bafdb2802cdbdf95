package vn.thuocdo.fieldwork;

import vn.thuocdo.testing.OnH2;


/** The checks of interviews on H2, the embedded default: the same tests on a database of its own. */
@OnH2
class FieldworkChecksOnH2Test extends FieldworkChecksContract {
}
