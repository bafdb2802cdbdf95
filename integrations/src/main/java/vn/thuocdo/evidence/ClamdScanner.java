package vn.thuocdo.evidence;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * ClamAV's daemon over TCP with its INSTREAM command: the file goes in chunks (each prefixed by its length as a
 * 4-byte big-endian number, a zero-length chunk ends it) and clamd answers {@code stream: OK} or
 * {@code stream: <signature> FOUND}. Connection and reading are bounded by the configured timeout, the reply by
 * {@link #MAX_REPLY} bytes. Anything but those two answers - clamd down, its StreamMaxLength exceeded, an ERROR -
 * is {@link Unavailable}: the upload is refused (fail-closed), never kept unscanned.
 * On only with {@code thuocdo.evidence.clamav.enabled=true}.
 */
@Component
@ConditionalOnProperty(name = "thuocdo.evidence.clamav.enabled", havingValue = "true")
class ClamdScanner implements VirusScanner {

    static final int MAX_REPLY = 1024;

    private final EvidenceSettings.Clamav clamd;

    ClamdScanner(EvidenceSettings settings) {
        this.clamd = settings.clamav();
    }

    @Override
    public Verdict scan(InputStream content) throws Unavailable {
        int timeout = (int) clamd.timeout().toMillis();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(clamd.host(), clamd.port()), timeout);
            socket.setSoTimeout(timeout);
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            // "z" prefix: commands and replies end with a NUL byte.
            out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[clamd.chunkBytes()];
            for (int n = content.read(chunk); n >= 0; n = content.read(chunk)) {
                if (n > 0) {
                    out.writeInt(n);
                    out.write(chunk, 0, n);
                }
            }
            out.writeInt(0);
            out.flush();
            return verdict(reply(socket.getInputStream()));
        } catch (Unavailable unavailable) {
            throw unavailable;
        } catch (IOException failed) {
            throw new Unavailable("clamd at " + clamd.host() + ":" + clamd.port() + ": " + failed.getMessage(), failed);
        }
    }

    private static String reply(InputStream in) throws IOException {
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        for (int b = in.read(); b > 0; b = in.read()) {
            if (reply.size() >= MAX_REPLY) {
                throw new Unavailable("clamd's reply is longer than " + MAX_REPLY + " bytes", null);
            }
            reply.write(b);
        }
        return reply.toString(StandardCharsets.US_ASCII).strip();
    }

    static Verdict verdict(String reply) throws Unavailable {
        if (reply.equals("stream: OK")) {
            return Verdict.CLEAN;
        }
        if (reply.startsWith("stream: ") && reply.endsWith(" FOUND")) {
            String signature = reply.substring("stream: ".length(), reply.length() - " FOUND".length()).strip();
            return new Verdict(true, signature.replaceAll("[^\\p{Alnum}._:/-]", "?"));
        }
        throw new Unavailable("clamd answered: " + reply, null);
    }
}
