/** The audit trail: who did or was refused what, in which unit, when. Kept minimal: no personal data beyond the username. */
package vn.thuocdo.audit;
