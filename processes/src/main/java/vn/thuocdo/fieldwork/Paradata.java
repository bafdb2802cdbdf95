package vn.thuocdo.fieldwork;

import java.time.Instant;
import java.util.Map;

/**
 * What the device knows of how an interview went: start and end, seconds spent per questionnaire section, the
 * device. Every part may be missing (a paper form has none).
 */
public record Paradata(Instant startedAt, Instant endedAt, Map<String, Integer> sectionSeconds, String device) {

    public static final Paradata NONE = new Paradata(null, null, Map.of(), null);

    public Paradata {
        sectionSeconds = sectionSeconds == null ? Map.of() : Map.copyOf(sectionSeconds);
    }
}
