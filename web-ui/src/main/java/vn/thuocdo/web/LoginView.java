package vn.thuocdo.web;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.web.WebAttributes;
import vn.thuocdo.units.Units;

/**
 * Sign-in. In the embedded default it lists the demo accounts, folded away and clearly marked as such. The column
 * grows from the top and scrolls, so the form stays reachable on a 360 px phone and on a short laptop screen.
 */
@Route("login")
@PageTitle("Đăng nhập · Thước Đo")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    /** Wide enough for the form, narrow enough that a line of text stays readable. */
    private static final String COLUMN = "28rem";

    private final LoginForm form = new LoginForm();

    private final Units units;

    private final IdentityProperties identity;
    private final KeycloakStatus keycloak;
    private final Div signInProblem = new Div();

    LoginView(IdentityProperties identity, Units units, KeycloakStatus keycloak) {
        this.units = units;
        this.identity = identity;
        this.keycloak = keycloak;
        setWidthFull();
        setMinHeight("100dvh");
        setAlignItems(FlexComponent.Alignment.CENTER);
        // "safe": centred while it fits, top-aligned and scrollable when it does not (never cut off above).
        getStyle().set("justify-content", "safe center").set("box-sizing", "border-box");

        H1 brand = new H1(getTranslation("app.name"));
        brand.getStyle().set("margin", "0");
        Paragraph tagline = new Paragraph(getTranslation("app.tagline"));
        tagline.addClassName("td-muted");
        tagline.getStyle().set("margin", "0").set("text-align", "center");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        Button language = new Button(getTranslation("app.language"), e -> Languages.toggle(getUI().orElseThrow()));
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add(brand, tagline);
        signInProblem.addClassName("td-callout");
        signInProblem.setId("sign-in-problem");
        signInProblem.setVisible(false);
        signInProblem.setMaxWidth(COLUMN);
        add(signInProblem);
        if (identity.usesKeycloak()) {
            add(keycloakSignIn());
        } else {
            add(form);
        }
        if (identity.builtIn() && !identity.demoAccounts().isEmpty()) {
            add(demoAccounts(identity));
        }
        add(language);
    }

    /** Keycloak signs people in; the page first checks it answers, so an outage gets a clear message. */
    private Component keycloakSignIn() {
        if (!keycloak.reachable()) {
            showProblem(getTranslation("login.keycloak.down"));
            return new Div();
        }
        Anchor signIn = new Anchor("oauth2/authorization/keycloak", getTranslation("login.keycloak.button"));
        // A full page load, not client-side routing: the browser must leave for Keycloak.
        signIn.setRouterIgnore(true);
        signIn.setId("keycloak-sign-in");
        signIn.getElement().getThemeList().add("primary");
        signIn.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600")
                .set("text-align", "center");
        return signIn;
    }

    private void showProblem(String text) {
        signInProblem.removeAll();
        signInProblem.add(new Paragraph(text));
        signInProblem.setVisible(true);
    }

    /** Folded by default: the form comes first on a small screen; the table scrolls sideways inside its card. */
    private Details demoAccounts(IdentityProperties identity) {
        Div card = new Div();
        Span hint = new Span(getTranslation("login.demo.hint", identity.demoPassword()));
        hint.addClassName("td-muted");
        card.add(hint);
        Element table = new Element("table");
        table.getClassList().add("td-demo-table");
        table.appendChild(row("th", getTranslation("login.demo.username"), getTranslation("login.demo.role"),
                getTranslation("login.demo.name"), getTranslation("login.demo.unit")));
        for (IdentityProperties.DemoAccount a : identity.demoAccounts()) {
            String roles = String.join(", ", a.roles().stream().map(r -> getTranslation("role." + r)).toList());
            String unit = units.find(a.unit()).map(u -> u.name()).orElse(a.unit());
            table.appendChild(row("td", a.username(), roles, a.displayName(), unit));
        }
        Div scroller = new Div();
        scroller.getStyle().set("overflow-x", "auto").set("max-width", "100%");
        scroller.getElement().appendChild(table);
        card.add(scroller);
        Details details = new Details(getTranslation("login.demo.title"), card);
        // The title wraps on a phone instead of running past the card's edge.
        details.getSummary().getElement().getStyle().set("white-space", "normal").set("min-width", "0");
        details.setId("demo-accounts");
        details.addClassName("td-card");
        details.setWidthFull();
        details.setMaxWidth("48rem");
        details.setOpened(false);
        return details;
    }

    private static Element row(String cell, String... values) {
        Element tr = new Element("tr");
        for (String v : values) {
            tr.appendChild(new Element(cell).setText(v));
        }
        return tr;
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        f.setForgotPassword(getTranslation("login.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        if (failed && lastFailure() instanceof SignInLocked locked) {
            LoginI18n i18n = i18n();
            i18n.getErrorMessage().setTitle(getTranslation("login.locked.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.locked.message", Formats.dateTime(locked.until())));
            form.setI18n(i18n);
        }
        form.setError(failed);
        if (failed && identity.usesKeycloak()) {
            showProblem(getTranslation("login.keycloak.failed"));
        }
    }

    /** Why the last sign-in failed: Spring Security keeps it in the session for the login page. */
    private static Object lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getSession() == null ? null
                : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }
}
