package vn.thuocdo.questions;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.thuocdo.audit.AuditLog;
import vn.thuocdo.shared.TimeZones;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The public forms' rate limit per client address, counted in the database so it holds across instances: at most
 * {@code perWindow} posts in a fixed window and {@code perDay} in a Vietnamese calendar day. Each count is one
 * conditional UPDATE ("posts < limit"), atomic on its row without a transaction of ours; a post the second count
 * refuses gives the first one back. Addresses are kept as a keyed hash only (personal data), and for two days.
 */
@Service
public class PostRates {

    /** A post's turn: allowed or not, whether it is the window's first refusal (audited), and when to come back. */
    public record Verdict(boolean allowed, boolean firstRefusal, long retryAfterSeconds) {
    }

    private static final Duration KEPT = Duration.ofDays(2);

    private final JdbcClient db;
    private final Clock clock;
    private final QuestionsSettings settings;
    private final AuditLog audit;
    private volatile byte[] secret;

    PostRates(JdbcClient db, Clock clock, QuestionsSettings settings, AuditLog audit) {
        this.db = db;
        this.clock = clock;
        this.settings = settings;
        this.audit = audit;
    }

    /** Counts one post from the address, or refuses it (counted nowhere) when either limit is used up. */
    public Verdict take(String address) {
        String key = hash(client(address));
        Instant now = clock.instant();
        long windowSeconds = settings.window().toSeconds();
        Instant window = Instant.ofEpochSecond(now.getEpochSecond() / windowSeconds * windowSeconds);
        Instant day = TimeZones.today(clock).atStartOfDay(TimeZones.VIETNAM).toInstant();
        if (!count(key, "DAY", day, settings.perDay())) {
            return refused(key, "DAY", day, Duration.between(now, day.plus(Duration.ofDays(1))));
        }
        if (!count(key, "WINDOW", window, settings.perWindow())) {
            // Refused after all: the day keeps only posts that went through.
            db.sql("update citizen_post_rate set posts = posts - 1 where address_hash = ? and scope = 'DAY' and window_start = ?")
                    .params(key, Timestamp.from(day)).update();
            return refused(key, "WINDOW", window, Duration.between(now, window.plusSeconds(windowSeconds)));
        }
        return new Verdict(true, false, 0);
    }

    /** The address as the audit trail and the counts name it: a keyed SHA-256, never the address. */
    public String hash(String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(String.valueOf(address).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /**
     * Whom an address stands for: an IPv4 address itself; an IPv6 address by its /64 network, because one household
     * or phone is given a whole /64 and could otherwise take a new address for every post.
     */
    static String client(String address) {
        if (address == null || address.length() > 64 || address.indexOf(':') < 0) {
            return String.valueOf(address);
        }
        try {
            // An IP literal (the container's remote address): parsed, never looked up.
            byte[] bytes = java.net.InetAddress.getByName(address.replaceAll("%.*$", "")).getAddress();
            if (bytes.length != 16) {
                return address;
            }
            java.util.Arrays.fill(bytes, 8, 16, (byte) 0);
            return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
        } catch (java.net.UnknownHostException notAnAddress) {
            return address;
        }
    }

    private boolean count(String key, String scope, Instant start, int limit) {
        Timestamp at = Timestamp.from(start);
        for (int attempt = 0; attempt < 2; attempt++) {
            int taken = db.sql("""
                            update citizen_post_rate set posts = posts + 1
                            where address_hash = ? and scope = ? and window_start = ? and posts < ?""")
                    .params(key, scope, at, limit).update();
            if (taken == 1) {
                return true;
            }
            boolean known = db.sql("select count(*) from citizen_post_rate where address_hash = ? and scope = ? and window_start = ?")
                    .params(key, scope, at).query(Integer.class).single() > 0;
            if (known) {
                return false;
            }
            try {
                db.sql("insert into citizen_post_rate (address_hash, scope, window_start, posts) values (?, ?, ?, 1)")
                        .params(key, scope, at).update();
                if (scope.equals("DAY")) {
                    db.sql("delete from citizen_post_rate where window_start < ?")
                            .param(Timestamp.from(start.minus(KEPT))).update();
                }
                return true;
            } catch (DuplicateKeyException raced) {
                // Another request (or instance) opened the window first: count on its row.
            }
        }
        return false;
    }

    private Verdict refused(String key, String scope, Instant start, Duration wait) {
        db.sql("update citizen_post_rate set refused = refused + 1 where address_hash = ? and scope = ? and window_start = ?")
                .params(key, scope, Timestamp.from(start)).update();
        int refusals = db.sql("select refused from citizen_post_rate where address_hash = ? and scope = ? and window_start = ?")
                .params(key, scope, Timestamp.from(start)).query(Integer.class).optional().orElse(1);
        boolean first = refusals == 1;
        if (first) {
            // One event per address and window, not one per request of a flood.
            audit.recordAlone("citizen", null, "questions-rate-limit", "address " + key.substring(0, 16),
                    AuditLog.DENIED, scope);
        }
        return new Verdict(false, first, Math.max(1, wait.toSeconds()));
    }

    private byte[] secret() {
        byte[] known = secret;
        if (known != null) {
            return known;
        }
        String configured = settings.addressSecret();
        if (configured == null || configured.isBlank()) {
            configured = db.sql("select secret from citizen_post_secret where id = 1").query(String.class).optional()
                    .orElseGet(this::newSecret);
        }
        secret = configured.getBytes(StandardCharsets.UTF_8);
        return secret;
    }

    private String newSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        try {
            db.sql("insert into citizen_post_secret (id, secret) values (1, ?)").param(HexFormat.of().formatHex(bytes)).update();
        } catch (DuplicateKeyException raced) {
            // Another instance made it first: theirs is the one.
        }
        return db.sql("select secret from citizen_post_secret where id = 1").query(String.class).single();
    }
}
