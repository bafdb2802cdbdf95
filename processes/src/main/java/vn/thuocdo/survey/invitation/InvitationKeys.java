package vn.thuocdo.survey.invitation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;

/**
 * Hashes invitation codes with HMAC-SHA256, so the database holds no code and a copy of it is no list of codes: 50
 * bits are few enough to try offline against a plain hash, not against a keyed one whose key is elsewhere.
 * Production sets {@code thuocdo.survey.code-key} (at least 32 characters); without it (the embedded default, the
 * tests) a random key is made once and kept in {@code survey_code_key}.
 */
@Component
public class InvitationKeys {

    static final int MIN_KEY_CHARS = 32;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String configured;
    private volatile byte[] key;
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::mac);

    InvitationKeys(JdbcTemplate jdbc, Clock clock, @Value("${thuocdo.survey.code-key:}") String configured) {
        if (!configured.isEmpty() && configured.length() < MIN_KEY_CHARS) {
            throw new IllegalStateException("thuocdo.survey.code-key must have at least " + MIN_KEY_CHARS
                    + " characters");
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.configured = configured;
    }

    /** The hex HMAC-SHA256 of the code's 11 symbols: what {@code survey_invitation.code_hash} holds. */
    public String hash(InvitationCode code) {
        return HexFormat.of().formatHex(macs.get().doFinal(code.value().getBytes(StandardCharsets.US_ASCII)));
    }

    private Mac mac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private byte[] key() {
        byte[] known = key;
        if (known == null) {
            synchronized (this) {
                if (key == null) {
                    key = (configured.isEmpty() ? stored() : configured).getBytes(StandardCharsets.UTF_8);
                }
                known = key;
            }
        }
        return known;
    }

    /** The stored key, made on first use; two replicas starting together both end up with the first one written. */
    private String stored() {
        var existing = jdbc.queryForList("select secret from survey_code_key where id = 1", String.class);
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        try {
            jdbc.update("insert into survey_code_key (id, secret, created_at) values (1, ?, ?)",
                    HexFormat.of().formatHex(random), Timestamp.from(clock.instant()));
        } catch (DuplicateKeyException anotherReplicaWasFirst) {
            // Read below.
        }
        return jdbc.queryForObject("select secret from survey_code_key where id = 1", String.class);
    }
}
