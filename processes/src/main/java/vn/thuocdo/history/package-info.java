/**
 * Past years' published results (imported from Excel, or computed) and units' own targets: the series of a unit across
 * the 63 to 34 reorganisation through the crosswalk, and whether each target is met by the latest value.
 */
package vn.thuocdo.history;
