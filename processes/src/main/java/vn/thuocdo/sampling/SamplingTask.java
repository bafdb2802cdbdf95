package vn.thuocdo.sampling;

import vn.thuocdo.forms.FormDefinition;
import vn.thuocdo.workflow.WorkItem;

/** Everything a submit or review view needs: the task, the request it is about and the form it follows. */
public record SamplingTask(WorkItem item, SamplingRequest request, FormDefinition form) {
}
