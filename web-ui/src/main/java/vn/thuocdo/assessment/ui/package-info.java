/** The self-assessment screens: officers score (assessment/self), the leader submits (assessment/review), appraisers appraise (assessment/appraisals, assessment/appraise), the unit explains (assessment/explain); each sub-criterion has its timeline. */
package vn.thuocdo.assessment.ui;
