/** The council's BPMN and DMN glue: {@code CouncilApprovalProcess}'s variables, delegates and the engine side of {@link vn.thuocdo.council.CouncilWorkflow}. */
package vn.thuocdo.council.process;
