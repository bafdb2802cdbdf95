/**
 * The bad-input harness: describe an endpoint as a {@link vn.thuocdo.testing.badinput.BadInputTarget}, and
 * {@link vn.thuocdo.testing.badinput.BadInputRun} sends it thousands of generated bad bodies over real HTTP and
 * checks that each is refused in the API's error shape, naming every field made bad, with nothing saved. JSON bodies
 * by default; multipart/form-data uploads with {@code multipart()} and {@code file(...)}.
 */
package vn.thuocdo.testing.badinput;
