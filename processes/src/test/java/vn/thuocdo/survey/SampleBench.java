package vn.thuocdo.survey;

import org.springframework.stereotype.Component;
import vn.thuocdo.identity.Actor;

import java.time.Instant;
import java.util.UUID;

/**
 * The survey's inner steps for the database benchmark, which lives in another package: the draw from the stored
 * frames (read, draw, rows, fingerprints) and the storing of its rows, measured apart.
 */
@Component
public class SampleBench {

    private final SampleDrawing drawing;
    private final SampleStore store;

    SampleBench(SampleDrawing drawing, SampleStore store) {
        this.drawing = drawing;
        this.store = store;
    }

    /** Reads the round's approved frames from the database and draws; the result, opaque, for {@link #store}. */
    public Object draw(String roundId, String design, long seed) {
        return drawing.draw(roundId, design, seed);
    }

    public int rows(Object drawn) {
        return ((SampleDrawing.Drawn) drawn).units().size();
    }

    public String fingerprint(Object drawn) {
        return ((SampleDrawing.Drawn) drawn).sampleFingerprint();
    }

    /** Stores a drawn sample as a new draft version, as {@link Samples} does, in batches. */
    public void store(String roundId, String design, long seed, Object drawn, Actor actor) {
        SampleDrawing.Drawn d = (SampleDrawing.Drawn) drawn;
        store.insert(new SampleVersion(UUID.randomUUID().toString(), roundId, store.nextVersion(roundId), seed,
                design, d.framesFingerprint(), d.sampleFingerprint(), SampleState.DRAFT, actor.username(),
                Instant.now(), null, null, null), d.units());
    }
}
