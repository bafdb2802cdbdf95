package vn.thuocdo.survey.draw;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A drawn sample: the design and seed that made it and every province's part. {@link #canonicalBytes()} is a
 * fixed text form (see {@link CanonicalForm}), so two draws are the same exactly when their bytes are, and
 * {@link #fingerprint()} is its SHA-256 to show and keep beside the seed.
 */
public record DrawnSample(String design, long seed, List<DrawnProvince> provinces) {

    public DrawnSample {
        provinces = List.copyOf(provinces);
    }

    public byte[] canonicalBytes() {
        return CanonicalForm.of(this).getBytes(StandardCharsets.UTF_8);
    }

    /** Lower-case hex SHA-256 of the canonical bytes. */
    public String fingerprint() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonicalBytes()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    public DrawnProvince province(String code) {
        return provinces.stream().filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No province " + code + " in this sample"));
    }
}
