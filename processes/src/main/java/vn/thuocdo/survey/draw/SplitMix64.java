package vn.thuocdo.survey.draw;

import java.nio.charset.StandardCharsets;

/**
 * The draw's pseudo-random generator, specified so anyone can redraw a sample: SplitMix64 (Steele, Lea, Flood
 * 2014), state advanced by the golden gamma 0x9E3779B97F4A7C15 and mixed by Stafford's variant 13. Streams are
 * derived from the seed and a path of names (province code, commune code, village name) so that each part of the
 * sample depends only on its own frame. Never java.util.Random, whose algorithm is not ours to pin.
 */
public final class SplitMix64 {

    static final long GAMMA = 0x9E3779B97F4A7C15L;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private long state;

    public SplitMix64(long seed) {
        this.state = seed;
    }

    /**
     * The stream for a part of the sample: s = mix(seed); for each name, s = mix(s + GAMMA ^ fnv1a64(UTF-8 name)),
     * where + binds before ^ as in Java; the generator starts from the final s.
     */
    public static SplitMix64 derive(long seed, String... path) {
        long s = mix(seed);
        for (String name : path) {
            s = mix(s + GAMMA ^ fnv1a64(name));
        }
        return new SplitMix64(s);
    }

    public long nextLong() {
        state += GAMMA;
        return mix(state);
    }

    /** Uniform in [0, 1): the top 53 bits. */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in (0, 1]: for logarithms. */
    double nextPositiveDouble() {
        return ((nextLong() >>> 11) + 1) * 0x1.0p-53;
    }

    /** Uniform in [0, bound), without modulo bias: 63-bit draws above the last whole multiple are drawn again. */
    public long nextLong(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, was " + bound);
        }
        long bits;
        long value;
        do {
            bits = nextLong() >>> 1;
            value = bits % bound;
        } while (bits - value + (bound - 1) < 0);
        return value;
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static long fnv1a64(String name) {
        long h = FNV_OFFSET;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * FNV_PRIME;
        }
        return h;
    }
}
