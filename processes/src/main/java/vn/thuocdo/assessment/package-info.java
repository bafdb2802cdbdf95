/**
 * The PAR self-assessment of a unit in a round and its appraisal: the unit scores itself against the scorecard in
 * force, its leader signs off and submits, assigned appraisers adjust with reasons, the unit explains (giải trình),
 * the appraisers finalise; every value a sub-criterion ever had is kept with who, when and why.
 */
package vn.thuocdo.assessment;
