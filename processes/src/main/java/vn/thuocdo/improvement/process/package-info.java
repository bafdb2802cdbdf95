/** The BPMN glue of improvement plans: ImprovementPlanProcess and the workflow port on Camunda. */
package vn.thuocdo.improvement.process;
