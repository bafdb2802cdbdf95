package vn.thuocdo.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs in through the login form as a browser does: the login page first, for the CSRF token Vaadin writes into
 * it, then the POST with that token (a POST without it is refused: login CSRF). The client must keep cookies.
 */
public final class FormSignIn {

    private static final Pattern TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private FormSignIn() {
    }

    /** The answer to the login POST: 302 to the page asked for, or to /login?error. */
    public static HttpResponse<Void> signIn(HttpClient browser, URI base, String username, String password)
            throws IOException, InterruptedException {
        String page = browser.send(HttpRequest.newBuilder(base.resolve("/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = TOKEN.matcher(page);
        if (!token.find()) {
            throw new AssertionError("The login page carries no CSRF token: " + page.substring(0, Math.min(300, page.length())));
        }
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
        return browser.send(HttpRequest.newBuilder(base.resolve("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.discarding());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
