package vn.thuocdo.web;

import com.vaadin.flow.server.RouteRegistry;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * An address no view answers gets status 404 with its page, not 200: the page is served before the browser asks
 * for the view, so {@link NotFoundView}'s status never reached the response, and crawlers, monitors and link
 * checkers took a mistyped address for a page.
 */
@Component
class NotFoundStatus implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteRegistry routes = event.getSource().getRouter().getRegistry();
        event.addIndexHtmlRequestListener(page -> {
            String path = page.getVaadinRequest().getPathInfo();
            String route = path == null ? "" : path.startsWith("/") ? path.substring(1) : path;
            // Matched with the routes' parameters (sampling/submit/<task>), as the router will.
            if (!routes.getNavigationRouteTarget(route).hasTarget()) {
                page.getVaadinResponse().setStatus(HttpServletResponse.SC_NOT_FOUND);
                // The view itself is drawn by the browser; the page carries the sentence for whoever reads it raw.
                String text = Messages.text("error.notFound", List.of(), Languages.current());
                page.getDocument().title(text + " · " + Messages.text("app.name", List.of(), Languages.current()));
                page.getDocument().body().appendElement("noscript").text(text);
            }
        });
    }
}
