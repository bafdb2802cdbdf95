package vn.thuocdo.survey.response;

import vn.thuocdo.testing.ProcessTest;

/** The online survey's core on PostgreSQL, as in production. */
@ProcessTest
class ResponsesTest extends ResponsesContract {
}
