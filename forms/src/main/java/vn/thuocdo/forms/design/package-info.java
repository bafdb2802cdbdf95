/**
 * Sample designs as versioned data: the stages of the SIPAS sample, their size measures and selection methods, how
 * many respondents each province gets, and the rules of the in-person fieldwork (call-backs, outcome codes, quality
 * rules; applied in {@code vn.thuocdo.fieldwork.quality}). The draw itself lives in {@code vn.thuocdo.survey.draw}.
 * Part of the forms module's API (a named interface), since the survey and fieldwork capabilities read it.
 */
@NamedInterface("design")
package vn.thuocdo.forms.design;

import org.springframework.modulith.NamedInterface;
