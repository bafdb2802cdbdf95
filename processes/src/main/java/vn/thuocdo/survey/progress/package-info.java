/**
 * How far the online survey has got: responses against the target (the selected households of the approved sample)
 * and letters issued, per province and per commune. Counts only, from {@code ResponseCounts}: no official ever sees
 * a response or who answered.
 */
package vn.thuocdo.survey.progress;
