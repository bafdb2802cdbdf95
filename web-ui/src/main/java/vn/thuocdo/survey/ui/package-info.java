/**
 * Survey screens: the questionnaire renderer shared by preview, online survey and fieldwork, and the preview view.
 * Its public types (the round select, the question inputs, the refusal texts) are a named interface: the fieldwork
 * screens reuse them rather than copy them.
 */
@NamedInterface("ui")
package vn.thuocdo.survey.ui;

import org.springframework.modulith.NamedInterface;
