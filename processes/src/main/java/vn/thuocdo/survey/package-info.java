/**
 * The survey of the year (stage 3-4): the questionnaire versions a round pins, the sample design it follows, and
 * the reproducible, weighted sample drawn from the approved frames, reviewed and approved by the coordinator.
 */
package vn.thuocdo.survey;
