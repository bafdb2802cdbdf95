/**
 * Evidence files (tài liệu kiểm chứng) of a unit's self-assessment and appraisal: bounded, type-checked, hashed,
 * optionally virus-scanned uploads per round, unit and sub-criterion, withdrawn but never deleted.
 */
package vn.thuocdo.evidence;
