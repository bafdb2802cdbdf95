package vn.thuocdo.compilation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thuocdo.compilation.Compilations;
import vn.thuocdo.compilation.VersionState;

/**
 * Glue for {@code Task_ComputeResults}: a new draft version, the first one by the system when the stage starts,
 * each later one with the coordinator's reason and name.
 */
@Component("computeResults")
class ComputeResults implements JavaDelegate {

    private final Compilations compilations;

    ComputeResults(Compilations compilations) {
        this.compilations = compilations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        compilations.compute((String) execution.getVariable(CompilationVariables.ROUND_ID),
                (String) execution.getVariable(CompilationVariables.REASON),
                (String) execution.getVariable(CompilationVariables.REQUESTED_BY),
                (String) execution.getVariable(CompilationVariables.REQUESTED_BY_NAME), VersionState.DRAFT);
    }
}
