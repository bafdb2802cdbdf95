/**
 * Sample designs as versioned data: the stages of the SIPAS sample, their size measures and selection methods, and
 * how many respondents each province gets. The draw itself lives in {@code vn.thuocdo.survey.draw}.
 */
package vn.thuocdo.forms.design;
