package vn.thuocdo.survey;

import org.springframework.stereotype.Component;
import vn.thuocdo.forms.design.SampleDesign;
import vn.thuocdo.forms.design.SampleDesigns;
import vn.thuocdo.sampling.ApprovedFrame;
import vn.thuocdo.sampling.SamplingFrames;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.survey.draw.DrawnSample;
import vn.thuocdo.survey.draw.SampleDraw;
import vn.thuocdo.units.Unit;
import vn.thuocdo.units.Units;

import java.util.List;
import java.util.Map;

/** Draws a round's sample from its approved frames: reads them, draws, and turns the result into stored rows. */
@Component
class SampleDrawing {

    private final SamplingFrames frames;
    private final SampleDesigns designs;
    private final Units units;

    SampleDrawing(SamplingFrames frames, SampleDesigns designs, Units units) {
        this.frames = frames;
        this.designs = designs;
        this.units = units;
    }

    /** The design a reference names, or a refusal a person can read. */
    SampleDesign design(String reference) {
        return designs.find(reference).orElseThrow(() -> new Rejected("survey.unknownDesign", reference));
    }

    List<SampleDesign> designs() {
        return designs.all();
    }

    /**
     * The sample of the round's approved frames under the design and seed. Refused, with nothing drawn, when no
     * frame is approved or the draw finds a problem in the frames or the design ({@code DrawRefused}).
     */
    Drawn draw(String roundId, String designReference, long seed) {
        SampleDesign design = design(designReference);
        List<ApprovedFrame> approved = frames.approvedFrames(roundId);
        if (approved.isEmpty()) {
            throw new Rejected("survey.noApprovedFrames");
        }
        Map<String, Unit> names = units.byId(approved.stream().map(ApprovedFrame::unitId).toList());
        DrawnSample sample = SampleDraw.draw(design, SampleFrames.provinces(approved, names), seed);
        return new Drawn(SampleFrames.fingerprint(approved, names), sample.fingerprint(), SampleRows.of(sample));
    }

    /** A draw's result: the fingerprints to keep and the rows to store. */
    record Drawn(String framesFingerprint, String sampleFingerprint, List<SampleUnit> units) {
    }
}
