/** The appraisal council's screens: the members' vote ({@code council/vote}) and the coordinator's setup ({@code council/setup}). */
package vn.thuocdo.council.ui;
