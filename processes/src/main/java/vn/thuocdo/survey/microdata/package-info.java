/**
 * Microdata for the survey's statisticians: every final response as one pseudonymised CSV row, streamed from the
 * database. Only {@code survey-statistician} reads it; officials get counts only ({@code ResponseCounts}).
 */
package vn.thuocdo.survey.microdata;
