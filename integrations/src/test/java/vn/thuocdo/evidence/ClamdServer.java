package vn.thuocdo.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A real clamd (Debian's clamav-daemon) for the scanning tests, started once per test JVM on a free port with a
 * temporary configuration and a database holding ONE signature of ours: the EICAR test string, as an .ndb body
 * signature. freshclam cannot download the official databases here, and the tests need none: they check the
 * protocol and the verdicts, not ClamAV's coverage. Fails (never skips) when clamd is not installed.
 */
public final class ClamdServer {

    public static final String SIGNATURE = "Thuocdo.Test.EICAR";
    private static final Path CLAMD = Path.of(System.getProperty("clamd.path", "/usr/sbin/clamd"));
    private static Process process;
    private static int port;

    private ClamdServer() {
    }

    public static synchronized int start() {
        if (process != null) {
            return port;
        }
        if (!Files.isExecutable(CLAMD)) {
            throw new IllegalStateException("No clamd at " + CLAMD + ": install Debian's clamav-daemon "
                    + "(apt-get install -y clamav-daemon), as .ci/run does");
        }
        try {
            Path home = Files.createTempDirectory("thuocdo-clamd-");
            Path database = Files.createDirectories(home.resolve("db"));
            Files.writeString(database.resolve("thuocdo-test.ndb"), SIGNATURE + ":0:*:"
                    + HexFormat.of().formatHex(EvidenceSamples.EICAR.getBytes(StandardCharsets.US_ASCII)) + "\n");
            port = freePort();
            Path config = home.resolve("clamd.conf");
            Files.writeString(config, String.join("\n",
                    "Foreground yes",
                    "TCPSocket " + port,
                    "TCPAddr 127.0.0.1",
                    "DatabaseDirectory " + database,
                    "LogFile " + home.resolve("clamd.log"),
                    "PidFile " + home.resolve("clamd.pid"),
                    "TemporaryDirectory " + home,
                    "StreamMaxLength 25M",
                    "SelfCheck 0",
                    ""));
            process = new ProcessBuilder(CLAMD.toString(), "-c", config.toString())
                    .redirectErrorStream(true).redirectOutput(home.resolve("clamd.out").toFile()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            awaitPong(home);
            return port;
        } catch (IOException e) {
            throw new IllegalStateException("clamd did not start", e);
        }
    }

    private static void awaitPong(Path home) throws IOException {
        Instant until = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("clamd exited: " + Files.readString(home.resolve("clamd.out")));
            }
            try (Socket socket = new Socket("127.0.0.1", port)) {
                OutputStream out = socket.getOutputStream();
                out.write("zPING\0".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                InputStream in = socket.getInputStream();
                if (new String(in.readNBytes(4), StandardCharsets.US_ASCII).equals("PONG")) {
                    return;
                }
            } catch (IOException notYet) {
                // still loading its database
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("clamd did not answer PING within 90 s: "
                + Files.readString(home.resolve("clamd.out")));
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
