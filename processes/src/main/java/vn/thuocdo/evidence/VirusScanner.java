package vn.thuocdo.evidence;

import java.io.IOException;
import java.io.InputStream;

/**
 * Scans a received file before it is kept. The ClamAV adapter (integrations) speaks clamd's INSTREAM protocol; with
 * scanning off (the default) {@link #NONE} answers "not scanned".
 */
public interface VirusScanner {

    /** The verdict on one stream: clean, or infected with the named signature. */
    record Verdict(boolean infected, String signature) {
        public static final Verdict CLEAN = new Verdict(false, null);
    }

    /** The scanner could not give a verdict (not reachable, timed out, answered nonsense). */
    class Unavailable extends IOException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    Verdict scan(InputStream content) throws Unavailable;

    /** Whether a verdict is actually sought; false only for {@link #NONE}. */
    default boolean scans() {
        return true;
    }

    VirusScanner NONE = new VirusScanner() {
        @Override
        public Verdict scan(InputStream content) {
            return Verdict.CLEAN;
        }

        @Override
        public boolean scans() {
            return false;
        }
    };
}
