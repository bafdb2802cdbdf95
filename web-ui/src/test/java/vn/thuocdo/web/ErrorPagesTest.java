package vn.thuocdo.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thuocdo.testing.FormSignIn;
import vn.thuocdo.testing.ServerTest;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages say which language they are in, and errors answer with their status and a sentence in that language. */
@ServerTest
class ErrorPagesTest {

    @LocalServerPort int port;

    @Test
    void theDocumentLanguageIsVietnamese() throws Exception {
        HttpResponse<String> login = signedIn(null).send(request("/login").build(), body());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("<html lang=\"vi\"");
    }

    @Test
    void anUnknownAddressAnswers404WithVietnameseText() throws Exception {
        HttpResponse<String> missing = signedIn("haiphong").send(request("/khong-co").build(), body());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("<html lang=\"vi\"").contains("Không tìm thấy trang");
    }

    @Test
    void addressesViewsAnswerKeepStatus200IncludingThoseWithAParameter() throws Exception {
        HttpClient officer = signedIn("haiphong");
        for (String path : new String[] {"/", "/inbox", "/notices", "/sampling/submit/some-task"}) {
            assertThat(officer.send(request(path).build(), body()).statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void cockpitRefusedToAnOfficerIsA403InTheirLanguageNotTheWhitelabelPage() throws Exception {
        HttpClient officer = signedIn("haiphong");
        HttpResponse<String> refused = officer.send(request("/camunda/app/cockpit/default/").build(), body());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain("Whitelabel").contains("<html lang=\"vi\"")
                .contains("Bạn không có quyền xem trang này");

        HttpResponse<String> english = officer.send(request("/camunda/app/cockpit/default/")
                .header("Accept-Language", "en-GB,en;q=0.9").build(), body());
        assertThat(english.statusCode()).isEqualTo(403);
        assertThat(english.body()).contains("<html lang=\"en\"").contains("You are not allowed to see this page");
    }

    /** A browser-like client, signed in through the login form when a user is given. */
    private HttpClient signedIn(String user) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        browser.send(request("/login").build(), HttpResponse.BodyHandlers.discarding());
        if (user != null) {
            HttpResponse<Void> login = FormSignIn.signIn(browser, URI.create("http://localhost:" + port + "/"), user, "thuocdo");
            assertThat(login.statusCode()).isEqualTo(302);
        }
        return browser;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html");
    }

    private static HttpResponse.BodyHandler<String> body() {
        return HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8);
    }
}
