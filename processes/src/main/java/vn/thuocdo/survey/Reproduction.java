package vn.thuocdo.survey;

/**
 * A stored version drawn again from its seed and design over the frames as they are now. {@code framesSame}: the
 * frames still have the fingerprint the version kept; {@code sampleSame}: the new draw has the version's own
 * fingerprint. Both true is the proof that the sample is what its seed, design and frames say.
 */
public record Reproduction(SampleVersion version, String framesNow, String sampleNow, boolean framesSame,
                           boolean sampleSame) {
}
