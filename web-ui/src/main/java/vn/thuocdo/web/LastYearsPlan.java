package vn.thuocdo.web;

import com.vaadin.flow.component.Component;
import vn.thuocdo.identity.Actor;

import java.util.Optional;

/**
 * What a unit's screens of a round (its self-assessment, its appraisal) show beside the new results: the unit's
 * improvement plan of the year before, when it has a signed-off one the viewer may read. An interface here, not a call
 * into the improvement plans, because those follow the publication (which follows the appraisal): the assessment
 * screens depending on them would close a cycle between the capabilities.
 */
public interface LastYearsPlan {

    /** A collapsible panel with last year's plan, or empty when there is none (or the viewer may not read it). */
    Optional<Component> beside(Actor viewer, String roundId, String unitId);
}
