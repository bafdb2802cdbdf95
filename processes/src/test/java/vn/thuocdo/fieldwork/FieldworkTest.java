package vn.thuocdo.fieldwork;

import vn.thuocdo.testing.ProcessTest;

/** Fieldwork's core on PostgreSQL, as in production. */
@ProcessTest
class FieldworkTest extends FieldworkContract {
}
