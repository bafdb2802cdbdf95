package vn.thuocdo.web;

import com.vaadin.flow.component.Component;
import vn.thuocdo.identity.Actor;

import java.util.Optional;

/**
 * A later capability's part of a round's pages (in-person fieldwork on the dashboard, say): the round's views show
 * every section Spring finds, so they never depend on the capabilities that fill them. A new component per call.
 */
public interface RoundSection {

    /** For the ministry's dashboard of the round; empty while the capability has nothing to show yet. */
    Optional<Component> forDashboard(Actor actor, String roundId);

    /** For a province's own officers, their province alone; empty while there is nothing to show. */
    Optional<Component> forProvince(Actor actor, String roundId);
}
