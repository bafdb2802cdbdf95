package vn.thuocdo.publication.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** An answer made once and served many times: its bytes, type, and the strong ETag of those bytes. */
record Rendered(byte[] body, String contentType, String etag) {

    static Rendered html(String html) {
        return of(html.getBytes(StandardCharsets.UTF_8), "text/html;charset=UTF-8");
    }

    static Rendered of(byte[] body, String contentType) {
        return new Rendered(body, contentType, "\"" + sha256(body).substring(0, 32) + "\"");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
