/**
 * The coordinator's screen of past published results and units' targets (indices/history), and a unit's own view of
 * its values by year and its targets met or not (indices/my-unit).
 */
package vn.thuocdo.history.ui;
