package vn.thuocdo.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thuocdo.testing.Chromium;
import vn.thuocdo.testing.KeycloakApplicationTest;
import vn.thuocdo.testing.KeycloakServer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in and out through the real Keycloak in a real Chromium: the person lands on the page they asked for,
 * and "Đăng xuất" ends the Keycloak session too, so the next "sign in" on a shared computer asks for a password.
 */
class KeycloakBrowserSignOutTest extends KeycloakApplicationTest {

    private static final String USER = "dangxuat.thu";
    private static final String PASSWORD = "Test-DangXuat-2026";

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort int port;

    @BeforeAll
    static void startABrowserAndAPerson() throws Exception {
        KeycloakServer.start();
        if (KeycloakServer.admin("GET", "/users?exact=true&username=" + USER, null).isEmpty()) {
            KeycloakServer.admin("POST", "/users", Map.of("username", USER, "enabled", true, "firstName", "Lê Văn",
                    "lastName", "Thử", "email", "dangxuat@example.vn", "emailVerified", true,
                    "attributes", Map.of("unitCode", List.of("T34-31")),
                    "credentials", List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false))));
            String id = userId();
            JsonNode role = KeycloakServer.admin("GET", "/roles/provincial-officer", null);
            KeycloakServer.admin("POST", "/users/" + id + "/role-mappings/realm", List.of(role));
        }
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void stopTheBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void aDeepLinkLandsThereAfterSignInAndSigningOutEndsTheKeycloakSession() throws Exception {
        String base = "http://localhost:" + port + "/";
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768)
                .setLocale("vi-VN").setTimezoneId("Asia/Ho_Chi_Minh"));
        Page page = context.newPage();
        List<String> violations = new ArrayList<>();
        page.onConsoleMessage((ConsoleMessage m) -> {
            if (m.text().contains("Content Security Policy") || m.text().contains("Content-Security-Policy")) {
                violations.add(m.text());
            }
        });

        page.navigate(base + "notices");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        page.locator("#keycloak-sign-in").click();
        keycloakForm(page);
        page.locator("#username").fill(USER);
        page.locator("#password").fill(PASSWORD);
        page.locator("#kc-login").click();
        assertThat(page.locator("#signed-in-as")).isVisible();
        assertThat(page).hasURL(base + "notices");
        assertThat(page.locator("#signed-in-as")).containsText("Lê Văn Thử");
        assertThat(KeycloakServer.admin("GET", "/users/" + userId() + "/sessions", null)).hasSize(1);
        page.navigate(base + "inbox");
        assertThat(page.locator("#signed-in-as")).isVisible();

        page.locator("#logout").click();
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        assertThat(page.locator("#keycloak-sign-in")).isVisible();
        assertThat(KeycloakServer.admin("GET", "/users/" + userId() + "/sessions", null)).isEmpty();

        // The next person at the same computer: Keycloak must ask for a password again.
        page.locator("#keycloak-sign-in").click();
        keycloakForm(page);
        assertThat(page.locator("#password")).isVisible();
        assertThat(page.locator("#signed-in-as")).hasCount(0);
        assertThat(violations).as("CSP violations on the login page, the notices and the inbox").isEmpty();
        context.close();
    }

    private static void keycloakForm(Page page) {
        assertThat(page.locator("#kc-login")).isVisible();
        assertThat(page.url()).startsWith(KeycloakServer.issuer() + "/protocol/openid-connect/auth");
    }

    private static String userId() throws Exception {
        return KeycloakServer.admin("GET", "/users?exact=true&username=" + USER, null).get(0).get("id").asText();
    }
}
