package vn.thuocdo.testing.badinput;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * An endpoint that accepts data, as the harness needs it: where to send (the path with valid ids), as whom, a body
 * it would accept, each field's key and kind, and what must not change (a query whose answer must be the same
 * after the run as before). A new endpoint plugs in with a few lines:
 * <pre>{@code
 * BadInputTarget.post("/api/v1/rounds/" + roundId + "/sampling/T34-31/submission")
 *         .as("haiphong", "thuocdo")
 *         .field("contactName", "\"Nguyễn Văn An\"", FieldKind.text(120, true))
 *         .field("communes", "\"114\"", FieldKind.integer(1, 1000, true))
 *         .unchanged(() -> jdbc.sql("select state, revision from sampling_request where id = ?")...);
 * }</pre>
 */
public final class BadInputTarget {

    private final String method;
    private final String path;
    private String authorization;
    private final Map<String, String> validBody = new LinkedHashMap<>();
    private final Map<String, FieldKind> fields = new LinkedHashMap<>();
    private final Map<String, MultipartBodies.FilePart> files = new LinkedHashMap<>();
    private boolean multipart;
    private Supplier<Object> unchanged = () -> "nothing checked";
    private Runnable afterAccepted = () -> { };

    private BadInputTarget(String method, String path) {
        this.method = method;
        this.path = path;
    }

    public static BadInputTarget post(String path) {
        return new BadInputTarget("POST", path);
    }

    public static BadInputTarget put(String path) {
        return new BadInputTarget("PUT", path);
    }

    /** HTTP Basic with a built-in account that may call the endpoint (the harness tests input, not access). */
    public BadInputTarget as(String username, String password) {
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Any other credential, such as {@code Bearer <token>}. */
    public BadInputTarget authorization(String header) {
        this.authorization = header;
        return this;
    }

    /** A field of the body: its key, a valid value as JSON text, and its kind. */
    public BadInputTarget field(String key, String validJson, FieldKind kind) {
        validBody.put(key, validJson);
        fields.put(key, kind);
        return this;
    }

    /**
     * The body is multipart/form-data instead of JSON: each {@link #field} is a text part (its valid value a JSON
     * string, sent unquoted), each {@link #file} a file part; {@link MultipartBodies} makes the bad ones.
     */
    public BadInputTarget multipart() {
        this.multipart = true;
        return this;
    }

    /**
     * A file part of a multipart target (always required): its valid content, and contents that are wrong in a way
     * the endpoint must name the part for (a bad row, bytes that are not UTF-8...).
     */
    public BadInputTarget file(String key, String fileName, String contentType, String validContent,
                               java.util.List<byte[]> badContents) {
        files.put(key, new MultipartBodies.FilePart(fileName, contentType,
                validContent.getBytes(StandardCharsets.UTF_8), java.util.List.copyOf(badContents)));
        return this;
    }

    boolean isMultipart() {
        return multipart;
    }

    Map<String, MultipartBodies.FilePart> files() {
        return files;
    }

    /** What the endpoint saves, read so that a run can check it is the same afterwards. */
    public BadInputTarget unchanged(Supplier<Object> state) {
        this.unchanged = state;
        return this;
    }

    /**
     * Puts the target back after a bad body was wrongly accepted, so that the bodies after it still test the
     * endpoint's checks rather than its "already done" refusal; the acceptance itself stays a failure, and so does
     * the changed state.
     */
    public BadInputTarget afterAccepted(Runnable reset) {
        this.afterAccepted = reset;
        return this;
    }

    void accepted() {
        afterAccepted.run();
    }

    String method() {
        return method;
    }

    String path() {
        return path;
    }

    String authorization() {
        return authorization;
    }

    Map<String, String> validBody() {
        return validBody;
    }

    Map<String, FieldKind> fields() {
        return fields;
    }

    Object state() {
        return unchanged.get();
    }
}
