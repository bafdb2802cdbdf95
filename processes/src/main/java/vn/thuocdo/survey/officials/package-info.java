/**
 * The officials' survey of the PAR INDEX: each unit's list of officials (from a spreadsheet), their personal links
 * by mail, reminders to those who have not answered, and response rates counted per unit and position group.
 * Who answered is never shown to any official: only counts leave this package.
 */
package vn.thuocdo.survey.officials;
