package vn.thuocdo.evidence;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.testing.AdapterTest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thuocdo.testing.TestActors.COORDINATOR;
import static vn.thuocdo.testing.TestActors.HAI_PHONG;

/** Scanning on, clamd not there: fail-closed, the upload is refused with "try again later" and nothing is kept. */
@AdapterTest
@TestPropertySource(properties = {"thuocdo.test.context=evidence-clamd-down", "thuocdo.evidence.clamav.enabled=true",
        "thuocdo.evidence.clamav.timeout=2s"})
class ClamdUnreachableTest {

    @DynamicPropertySource
    static void nobodyListening(DynamicPropertyRegistry properties) throws IOException {
        int port = ClamdServer.freePort();
        properties.add("thuocdo.evidence.clamav.port", () -> port);
        properties.add("thuocdo.evidence.directory", Files.createTempDirectory("thuocdo-evidence-down-")::toString);
    }

    @Autowired EvidenceFiles evidence;
    @Autowired Rounds rounds;
    @Autowired JdbcClient db;

    @Test
    void anUploadIsRefusedUntilTheScannerAnswers() {
        String round = rounds.prepare(new NewRound(2045, "Đợt thử máy quét tắt", RoundLevel.NATIONAL,
                List.of("T34-31"), "sampling-request@1", LocalDate.now().plusDays(20)), COORDINATOR).id();
        long rows = db.sql("select count(*) from evidence_file").query(Long.class).single();

        assertThatThrownBy(() -> evidence.attach(HAI_PHONG, round, "T34-31", "1.1", "sach.pdf",
                new ByteArrayInputStream(EvidenceSamples.pdf("sach"))))
                .isInstanceOf(Rejected.class).hasFieldOrPropertyWithValue("key", "evidence.scanUnavailable");

        assertThat(db.sql("select count(*) from evidence_file").query(Long.class).single()).isEqualTo(rows);
    }
}
