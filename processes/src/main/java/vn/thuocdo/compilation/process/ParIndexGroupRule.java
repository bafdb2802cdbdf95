package vn.thuocdo.compilation.process;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.thuocdo.compilation.ParIndexGroups;

import java.math.BigDecimal;

/** {@link ParIndexGroups} through the decision table {@code ParIndexGroup.dmn}, so the thresholds are data. */
@Component
class ParIndexGroupRule implements ParIndexGroups {

    private final DecisionService decisions;

    ParIndexGroupRule(DecisionService decisions) {
        this.decisions = decisions;
    }

    @Override
    public String group(BigDecimal percent) {
        return decisions.evaluateDecisionTableByKey(CompilationVariables.DECISION_KEY,
                        Variables.createVariables().putValue(CompilationVariables.PERCENT, percent.doubleValue()))
                .getSingleResult().getSingleEntry();
    }
}
