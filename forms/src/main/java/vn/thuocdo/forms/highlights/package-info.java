/**
 * Which of a unit's published results its scorecard names as strongest and weakest (điểm mạnh, điểm yếu): a small
 * versioned rule, data rather than code. Part of the forms module's API (a named interface).
 */
@NamedInterface("highlights")
package vn.thuocdo.forms.highlights;

import org.springframework.modulith.NamedInterface;
