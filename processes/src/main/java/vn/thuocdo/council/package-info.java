/**
 * The appraisal council (Hội đồng thẩm định) of a round: its members and chair, its voting sessions decided by the
 * council rule (a DMN table), and the units it sends back for appraisal again.
 */
package vn.thuocdo.council;
