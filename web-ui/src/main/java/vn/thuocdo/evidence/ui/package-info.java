/** The evidence panel other screens embed (self-assessment, appraisal, explanation) and the download address. */
package vn.thuocdo.evidence.ui;
