package vn.thuocdo.sampling.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thuocdo.sampling.SamplingRequests;
import vn.thuocdo.shared.TimeZones;

import java.util.Date;

/** Glue for {@code Task_OpenSamplingRequest}: records that the unit has been asked. */
@Component("openSamplingRequest")
class OpenSamplingRequest implements JavaDelegate {

    private final SamplingRequests requests;

    OpenSamplingRequest(SamplingRequests requests) {
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Date due = (Date) execution.getVariable(SamplingRequestVariables.SAMPLING_DUE);
        requests.open((String) execution.getVariable(SamplingRequestVariables.ROUND_ID),
                (String) execution.getVariable(SamplingRequestVariables.UNIT_ID),
                (String) execution.getVariable(SamplingRequestVariables.SAMPLING_FORM),
                due.toInstant().atZone(TimeZones.VIETNAM).toLocalDate());
    }
}
