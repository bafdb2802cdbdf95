package vn.thuocdo.testing;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.web.CurrentActor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Views tested without a browser: a mocked Vaadin session over the real Spring context and PostgreSQL, signed in
 * through the same built-in accounts a person uses.
 */
@WebTest
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired protected ApplicationContext context;
    @Autowired protected UserDetailsService accounts;
    @Autowired protected MutableClock clock;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("vn.thuocdo");
    }

    @BeforeEach
    void startVaadin() {
        clock.reset();
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    /** Signs in as a built-in account, as the login form would, and makes Vaadin's access checks see it. */
    protected void signIn(String username) {
        UserDetails user = accounts.loadUserByUsername(username);
        authenticate(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    /**
     * Signs in, in a fresh browser session, as a person who is no built-in account (a fixture's enumerator), with
     * the roles and unit the sign-in would give them.
     */
    protected void switchTo(Actor actor) {
        restartAnonymously();
        List<GrantedAuthority> authorities = new ArrayList<>();
        actor.roles().forEach(role -> authorities.add(
                new SimpleGrantedAuthority(CurrentActor.ROLE_PREFIX + role.key())));
        authorities.add(new SimpleGrantedAuthority(
                CurrentActor.UNIT_PREFIX + actor.unitId()));
        authenticate(new UsernamePasswordAuthenticationToken(actor.username(), null, authorities));
    }

    private void authenticate(UsernamePasswordAuthenticationToken auth) {
        SecurityContextHolder.getContext().setAuthentication(auth);
        Set<String> roles = auth.getAuthorities().stream().map(a -> a.getAuthority())
                .filter(a -> a.startsWith(CurrentActor.ROLE_PREFIX))
                .map(a -> a.substring(CurrentActor.ROLE_PREFIX.length())).collect(Collectors.toSet());
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> roles.contains(role));
    }

    /** A fresh browser session for another person: views capture who is signed in when they are built. */
    protected void switchTo(String username) {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
        signIn(username);
    }

    /** A fresh browser session nobody has signed in to. */
    protected void restartAnonymously() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
    }

    protected void signOut() {
        SecurityContextHolder.clearContext();
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(null);
        request.setUserInRole((principal, role) -> false);
    }

    /**
     * Vaadin's access checker refuses the route before its view is built. Karibu reports that as an exception or
     * as an error page depending on the navigation, so the check is on the outcome: no such view was shown.
     */
    protected void assertRefused(String location, Class<? extends com.vaadin.flow.component.Component> view) {
        try {
            navigate(location);
        } catch (com.github.mvysny.kaributesting.v10.MockAccessDeniedException expected) {
            // the refusal itself
        }
        java.util.List<com.vaadin.flow.component.Component> shown = new java.util.ArrayList<>();
        collect(UI.getCurrent(), shown);
        org.assertj.core.api.Assertions.assertThat(shown).noneMatch(view::isInstance);
        org.assertj.core.api.Assertions.assertThat(shown).anyMatch(c -> c.getClass().getSimpleName().contains("Error")
                || c instanceof vn.thuocdo.web.NotFoundView);
    }

    private static void collect(com.vaadin.flow.component.Component root, java.util.List<com.vaadin.flow.component.Component> into) {
        into.add(root);
        root.getChildren().forEach(child -> collect(child, into));
    }

    protected void navigate(String location) {
        // UI.navigate(String) takes a path only; a query (sampling/request?round=...) goes separately.
        int query = location.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent().navigate(location.substring(0, query),
                    com.vaadin.flow.router.QueryParameters.fromString(location.substring(query + 1)));
        }
    }
}
