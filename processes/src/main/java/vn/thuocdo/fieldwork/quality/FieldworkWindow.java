package vn.thuocdo.fieldwork.quality;

import java.time.Instant;
import java.util.Objects;

/** When the round's fieldwork is open: an interview started outside it is flagged by an OUTSIDE_WINDOW rule. */
public record FieldworkWindow(Instant opens, Instant closes) {

    public FieldworkWindow {
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (closes.isBefore(opens)) {
            throw new IllegalArgumentException("Fieldwork closes before it opens");
        }
    }
}
