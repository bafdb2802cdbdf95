/**
 * Sample designs as versioned data: the stages of the SIPAS sample, their size measures and selection methods, and
 * how many respondents each province gets. The draw itself lives in {@code vn.thuocdo.survey.draw}. Part of the
 * forms module's API (a named interface), since the survey capability reads it.
 */
@NamedInterface("design")
package vn.thuocdo.forms.design;

import org.springframework.modulith.NamedInterface;
