package vn.thuocdo.fieldwork.ui;

import com.vaadin.flow.component.Component;
import vn.thuocdo.fieldwork.FieldworkProgress;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.web.RoundSection;

import java.util.Optional;

/** In-person fieldwork's figures on the round's dashboard and on a province's progress page. */
// Spring's annotation written out: Vaadin's Component is the type these sections return.
@org.springframework.stereotype.Component
class FieldworkRoundSection implements RoundSection {

    private final FieldworkProgress progress;

    FieldworkRoundSection(FieldworkProgress progress) {
        this.progress = progress;
    }

    @Override
    public Optional<Component> forDashboard(Actor actor, String roundId) {
        return FieldworkProgressSection.forRound(progress, actor, roundId).map(Component.class::cast);
    }

    @Override
    public Optional<Component> forProvince(Actor actor, String roundId) {
        return FieldworkProgressSection.forProvince(progress, actor, roundId).map(Component.class::cast);
    }
}
