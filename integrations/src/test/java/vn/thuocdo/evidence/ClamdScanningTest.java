package vn.thuocdo.evidence;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import vn.thuocdo.audit.AuditEvent;
import vn.thuocdo.audit.AuditLog;
import vn.thuocdo.audit.AuditQuery;
import vn.thuocdo.audit.AuditTrail;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.testing.AdapterTest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thuocdo.testing.TestActors.COORDINATOR;
import static vn.thuocdo.testing.TestActors.HAI_PHONG;

/** Evidence with scanning ON against a real clamd, and the PDFBox preview behind the capability. */
@AdapterTest
@TestPropertySource(properties = {"thuocdo.test.context=evidence-clamd", "thuocdo.evidence.clamav.enabled=true"})
class ClamdScanningTest {

    static final AtomicInteger YEARS = new AtomicInteger(2040);

    @DynamicPropertySource
    static void clamd(DynamicPropertyRegistry properties) throws IOException {
        Path store = Files.createTempDirectory("thuocdo-evidence-clamd-");
        properties.add("thuocdo.evidence.clamav.port", ClamdServer::start);
        properties.add("thuocdo.evidence.directory", store::toString);
    }

    @Autowired EvidenceFiles evidence;
    @Autowired VirusScanner scanner;
    @Autowired Rounds rounds;
    @Autowired JdbcClient db;
    @Autowired AuditTrail audit;

    @Test
    void theEicarStringIsRefusedAsMalwareNamingTheSignatureAuditedAndNotKept() {
        assertThat(scanner).isInstanceOf(ClamdScanner.class);
        String round = round();
        long rows = rows();

        for (String name : List.of("eicar.txt", "bao-cao.pdf")) {
            assertThatThrownBy(() -> evidence.attach(HAI_PHONG, round, "T34-31", "1.1", name,
                    new ByteArrayInputStream(EvidenceSamples.EICAR.getBytes(StandardCharsets.US_ASCII))))
                    .isInstanceOf(Rejected.class).hasFieldOrPropertyWithValue("key", "evidence.infected")
                    .satisfies(e -> assertThat(((Rejected) e).args())
                            .containsExactly(ClamdServer.SIGNATURE + ".UNOFFICIAL"));
        }

        assertThat(rows()).isEqualTo(rows);
        AuditEvent refused = audit.find(new AuditQuery("haiphong", null, "evidence-infected", null, null), 0, 1).get(0);
        assertThat(refused.outcome()).isEqualTo(AuditLog.DENIED);
        assertThat(refused.detail()).startsWith(ClamdServer.SIGNATURE + ".UNOFFICIAL bao-cao.pdf sha256=");
    }

    @Test
    void aCleanPdfIsKeptMarkedScanned() {
        EvidenceFile file = evidence.attach(HAI_PHONG, round(), "T34-31", "1.1", "sach.pdf",
                new ByteArrayInputStream(EvidenceSamples.pdf("sach")));

        assertThat(file.scan()).isEqualTo(EvidenceFile.ScanOutcome.CLEAN);
    }

    @Test
    void aTwentyMegabyteFileGoesToClamdInChunks() {
        EvidenceFile file = evidence.attach(HAI_PHONG, round(), "T34-31", "1.1", "lon.pdf",
                EvidenceSamples.pdfOfSize(evidence.settings().maxBytes()));

        assertThat(file.scan()).isEqualTo(EvidenceFile.ScanOutcome.CLEAN);
    }

    @Test
    void anEncryptedPdfIsKeptAndItsPreviewSaysItCannotBeShown() throws IOException {
        String round = round();
        EvidenceFile locked = evidence.attach(HAI_PHONG, round, "T34-31", "2.1", "mat-khau.pdf",
                new ByteArrayInputStream(encryptedPdf("nguoi-doc")));
        EvidenceFile malformed = evidence.attach(HAI_PHONG, round, "T34-31", "2.1", "hong.pdf",
                new ByteArrayInputStream(EvidenceSamples.malformedPdf()));
        EvidenceFile good = evidence.attach(HAI_PHONG, round, "T34-31", "2.1", "tot.pdf",
                new ByteArrayInputStream(EvidenceSamples.pdf("Tot")));

        assertThat(evidence.preview(HAI_PHONG, locked.id()).refusalKey()).isEqualTo("evidence.preview.encrypted");
        assertThat(evidence.preview(HAI_PHONG, malformed.id()).refusalKey()).isEqualTo("evidence.preview.malformed");
        EvidencePreview.Pages shown = evidence.preview(HAI_PHONG, good.id());
        assertThat(shown.shown()).isTrue();
        assertThat(shown.png()).hasSize(1);
        try (EvidenceContent content = evidence.open(HAI_PHONG, locked.id())) {
            assertThat(content.stream().readAllBytes()).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        }
    }

    static byte[] encryptedPdf(String userPassword) throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("chu-so-huu", userPassword,
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private long rows() {
        return db.sql("select count(*) from evidence_file").query(Long.class).single();
    }

    private String round() {
        return rounds.prepare(new NewRound(YEARS.getAndIncrement(), "Đợt thử quét virus", RoundLevel.NATIONAL,
                List.of("T34-31"), "sampling-request@1", LocalDate.now().plusDays(20)), COORDINATOR).id();
    }
}
