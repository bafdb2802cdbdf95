package vn.thuocdo.improvement.ui;

import org.springframework.stereotype.Component;
import vn.thuocdo.improvement.ImprovementPlans;
import vn.thuocdo.web.PublicPlans;

import java.util.Optional;

/** The public profile's plans: the signed-off plan in force, as {@link ImprovementPlans#signedOff} gives it. */
@Component
class SignedOffPlansInPublic implements PublicPlans {

    private final ImprovementPlans plans;

    SignedOffPlansInPublic(ImprovementPlans plans) {
        this.plans = plans;
    }

    @Override
    public Optional<Plan> signedOff(String unitId, int year) {
        return plans.signedOff(unitId, year).map(p -> new Plan(p.year(), p.version(), p.publicationCode(),
                p.signedOffByName(), p.signedOffAt(), p.items().stream().map(i -> new Item(i.name(), i.share(),
                        i.measures(), i.responsible(), i.due())).toList()));
    }
}
