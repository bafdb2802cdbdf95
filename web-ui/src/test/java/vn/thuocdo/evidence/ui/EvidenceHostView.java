package vn.thuocdo.evidence.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.annotation.security.PermitAll;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import vn.thuocdo.evidence.EvidenceFiles;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.MainLayout;

/**
 * A test-only page hosting the evidence panel, until the self-assessment screen embeds it:
 * {@code thu/tai-lieu?round=..&unit=..&criterion=..}. Registered by {@link Route} into the application of the test
 * that imports it only, never by {@code @Route}: the route access matrix sees the product's routes alone. Any signed-in
 * person may open the page; the panel's capability calls decide what they see.
 */
@PermitAll
public class EvidenceHostView extends VerticalLayout implements BeforeEnterObserver {

    static final String PATH = "thu/tai-lieu";

    private final EvidenceFiles evidence;
    private final CurrentActor actor;

    public EvidenceHostView(EvidenceFiles evidence, CurrentActor actor) {
        this.evidence = evidence;
        this.actor = actor;
        setMaxWidth("1200px");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        removeAll();
        add(new EvidencePanel(evidence, actor.get(), query.getSingleParameter("round").orElse(null),
                query.getSingleParameter("unit").orElse(null), query.getSingleParameter("criterion").orElse(null)));
    }

    /** Import this into a server test to get the page. */
    @TestConfiguration
    public static class Route {
        @Bean
        VaadinServiceInitListener evidenceHostRoute() {
            return event -> RouteConfiguration.forRegistry(event.getSource().getRouter().getRegistry())
                    .setRoute(PATH, EvidenceHostView.class, MainLayout.class);
        }
    }
}
