package vn.thuocdo.identity;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;
import vn.thuocdo.inbox.InboxView;
import vn.thuocdo.testing.KaribuTest;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Keycloak unreachable: the login page says so in Vietnamese, and people already signed in keep working. */
@TestPropertySource(properties = {"thuocdo.identity.mode=keycloak",
        "thuocdo.identity.keycloak.issuer-uri=http://127.0.0.1:9/realms/thuocdo",
        "thuocdo.identity.keycloak.client-secret=unused"})
class KeycloakDownTest extends KaribuTest {

    @Test
    void theLoginPageExplainsThatTheSignInServerCannotBeReached() {
        navigate("login");
        assertThat(_get(Div.class, spec -> spec.withId("sign-in-problem")).getElement().getTextRecursively())
                .startsWith("Không kết nối được máy chủ đăng nhập (Keycloak).");
        _assertNone(Anchor.class, spec -> spec.withId("keycloak-sign-in"));
    }

    @Test
    void aFailedSignInReturnsToTheLoginPageWithAReasonAndNoStackTrace() {
        com.vaadin.flow.component.UI.getCurrent().navigate("login",
                com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("error", "")));
        assertThat(_get(Div.class, spec -> spec.withId("sign-in-problem")).getElement().getTextRecursively())
                .doesNotContain("Exception").isNotBlank();
    }

    @Test
    void someoneAlreadySignedInKeepsWorking() {
        var authorities = List.of(new SimpleGrantedAuthority("ROLE_provincial-officer"),
                new SimpleGrantedAuthority("UNIT_T34-31"));
        var auth = new UsernamePasswordAuthenticationToken("haiphong", null, authorities);
        SecurityContextHolder.getContext().setAuthentication(auth);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> role.equals("provincial-officer"));
        navigate("inbox");
        _get(InboxView.class);
    }
}
