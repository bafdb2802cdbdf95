package vn.thuocdo.fieldwork;

import vn.thuocdo.testing.ProcessTest;

/** The checks of interviews on PostgreSQL, as in production. */
@ProcessTest
class FieldworkChecksTest extends FieldworkChecksContract {
}
