/** The administrator's screen of PAR INDEX scorecards: the definitions in force, their tree, the Excel template both ways. */
package vn.thuocdo.scorecard.ui;
