/** The survey's BPMN glue: {@code SurveyProcess}'s variables and the engine side of {@link vn.thuocdo.survey.SurveyWorkflow}. */
package vn.thuocdo.survey.process;
