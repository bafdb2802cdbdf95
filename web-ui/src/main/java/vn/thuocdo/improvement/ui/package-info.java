/** The improvement plans' screens: the unit's plan (draft, sign-off, read-only after), the coordinator's list, last year's plan beside the new results. */
package vn.thuocdo.improvement.ui;
