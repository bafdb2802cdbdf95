/**
 * Fieldwork quality control as pure functions over interview facts: the design's quality rules evaluated into flags
 * and a per-enumerator summary, and the reproducible call-back (phúc tra) draw. No database and no engine: the
 * fieldwork services map their interviews to {@link vn.thuocdo.fieldwork.quality.InterviewFacts} and store what
 * comes back. A named interface, so screens and reports may read the flags.
 */
@NamedInterface("quality")
package vn.thuocdo.fieldwork.quality;

import org.springframework.modulith.NamedInterface;
