/**
 * The SIPAS sample draw as a pure function: approved frames, a sample design and a seed in, a weighted
 * multi-stage sample out, byte-identical for the same inputs. No Spring, no database: persistence and screens
 * of the survey capability call {@link vn.thuocdo.survey.draw.SampleDraw#draw}. A named interface, so other
 * capabilities may read the drawn records too.
 */
@NamedInterface("draw")
package vn.thuocdo.survey.draw;

import org.springframework.modulith.NamedInterface;
