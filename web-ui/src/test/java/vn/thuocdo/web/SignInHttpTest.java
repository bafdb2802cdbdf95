package vn.thuocdo.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thuocdo.testing.ServerTest;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The sign-in form over HTTP, as a browser (or a forged page on another site) sends it. */
@ServerTest
class SignInHttpTest {

    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]+)\"");

    @LocalServerPort int port;

    @Test
    void aLoginPostWithoutTheCsrfTokenIsRefusedAndSignsNobodyIn() throws Exception {
        HttpClient browser = browser();
        page(browser);
        HttpResponse<String> forged = post(browser, "/login", "username=dieuphoi&password=thuocdo");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("Trang đăng nhập đã hết hạn", "href=\"/login\"");
        assertThat(get(browser, "/inbox").statusCode()).isEqualTo(302);

        HttpResponse<String> wrongToken = post(browser, "/login", "username=dieuphoi&password=thuocdo&_csrf=abc");
        assertThat(wrongToken.statusCode()).isEqualTo(403);
        assertThat(get(browser, "/inbox").statusCode()).isEqualTo(302);
    }

    @Test
    void theLoginFormSendsTheTokenThePageCarriesAndSignsIn() throws Exception {
        HttpClient browser = browser();
        HttpResponse<String> signedIn = signIn(browser, "dieuphoi", "thuocdo");
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(get(browser, "/inbox").statusCode()).isEqualTo(200);
    }

    @Test
    void pagesCarryAContentSecurityPolicyAReferrerPolicyAndALaxSessionCookie() throws Exception {
        HttpResponse<String> login = get(browser(), "/login");
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                        "frame-ancestors 'none'", "object-src 'none'", "form-action 'self'"));
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("SameSite=Lax", "HttpOnly"));
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountOverHttpAndTheRightOneThenFails() throws Exception {
        HttpClient browser = browser();
        for (int i = 0; i < SignInThrottle.ACCOUNT_LIMIT; i++) {
            HttpResponse<String> wrong = signIn(browser, "kiemduyet", "sai-" + i);
            assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        }
        HttpResponse<String> right = signIn(browser, "kiemduyet", "thuocdo");
        assertThat(right.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        assertThat(get(browser, "/inbox").statusCode()).isEqualTo(302);
    }

    /** Opens the login page and posts the form with the page's token, as vaadin-login-form does. */
    private HttpResponse<String> signIn(HttpClient browser, String username, String password) throws Exception {
        HttpResponse<String> page = page(browser);
        String parameter = null;
        String token = null;
        Matcher meta = META.matcher(page.body());
        while (meta.find()) {
            if (meta.group(1).equals("_csrf")) {
                token = meta.group(2);
            } else {
                parameter = meta.group(2);
            }
        }
        assertThat(parameter).as("the page's _csrf_parameter meta tag").isEqualTo("_csrf");
        assertThat(token).as("the page's _csrf meta tag").isNotBlank();
        return post(browser, "/login", "username=" + username + "&password=" + password + "&" + parameter + "="
                + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    private HttpResponse<String> page(HttpClient browser) throws Exception {
        HttpResponse<String> page = get(browser, "/login");
        assertThat(page.statusCode()).isEqualTo(200);
        return page;
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(HttpClient browser, String path, String form) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
