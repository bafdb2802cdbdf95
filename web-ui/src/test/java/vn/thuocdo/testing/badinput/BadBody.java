package vn.thuocdo.testing.badinput;

import java.util.Set;

/**
 * One generated request: its bytes, its Content-Type header ({@code null}: none), the fields made bad (empty
 * when the body as a whole is bad) and a category that groups it with its kind in a report.
 */
record BadBody(String category, byte[] content, String contentType, Set<String> badFields) {
}
