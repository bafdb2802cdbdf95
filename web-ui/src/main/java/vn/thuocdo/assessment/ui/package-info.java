/** The self-assessment screens: the unit's officers score (assessment/self), its leader reviews and submits (assessment/review). */
package vn.thuocdo.assessment.ui;
