/** The BPMN glue of the self-assessment: SelfAssessmentProcess's delegates and the workflow port on Camunda. */
package vn.thuocdo.assessment.process;
