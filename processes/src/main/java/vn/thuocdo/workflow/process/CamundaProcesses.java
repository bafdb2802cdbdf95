package vn.thuocdo.workflow.process;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import vn.thuocdo.workflow.Processes;

import java.util.Map;

/** {@link Processes} on Camunda 7. */
@Component
class CamundaProcesses implements Processes {

    private final RuntimeService runtimeService;

    CamundaProcesses(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @Override
    public String start(String processKey, String businessKey, Map<String, Object> variables) {
        return runtimeService.startProcessInstanceByKey(processKey, businessKey, variables).getId();
    }

    @Override
    public void cancel(String processInstanceId, String reason) {
        runtimeService.deleteProcessInstance(processInstanceId, reason, false, true);
    }
}
