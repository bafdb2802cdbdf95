/** The landing page for roles whose stage of the cycle has not opened yet. */
package vn.thuocdo.cycle.ui;
