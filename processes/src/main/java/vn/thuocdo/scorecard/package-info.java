/**
 * The PAR INDEX scorecards in force: the defaults shipped in forms/ and the official versions an administrator
 * imports from the Excel template (stored, validated, never changed), exported back to the same template. The
 * self-assessment, appraisal and index computation ask it for "the scorecard of this kind of unit in this year".
 */
package vn.thuocdo.scorecard;
