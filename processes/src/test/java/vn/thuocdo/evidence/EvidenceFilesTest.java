package vn.thuocdo.evidence;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import vn.thuocdo.audit.AuditQuery;
import vn.thuocdo.audit.AuditTrail;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.testing.ProcessTest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thuocdo.testing.TestActors.COORDINATOR;
import static vn.thuocdo.testing.TestActors.HAI_PHONG;
import static vn.thuocdo.testing.TestActors.HA_NOI;

@ProcessTest
@TestPropertySource(properties = "thuocdo.test.context=evidence")
@Import(EvidenceFilesTest.AssignedAppraiser.class)
class EvidenceFilesTest {

    static final Path STORE;

    static {
        try {
            STORE = Files.createTempDirectory("thuocdo-evidence-test-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void directory(DynamicPropertyRegistry properties) {
        properties.add("thuocdo.evidence.directory", STORE::toString);
        properties.add("thuocdo.evidence.store", () -> "directory");
    }

    /** The appraisal capability's port, as it will be: one assigned appraiser reads, other appraisers do not. */
    @TestConfiguration
    static class AssignedAppraiser {
        @Bean
        EvidenceReaders assignedAppraiser() {
            return (actor, roundId, unitId) -> actor.username().equals("thamdinh.haiphong") && unitId.equals("T34-31");
        }
    }

    static final Actor LEADER = new Actor("lanhdao.haiphong", "Phạm Quốc Hùng", "T34-31", Set.of(Role.UNIT_LEADER));
    static final Actor ENUMERATOR = new Actor("dieutravien", "Điều tra viên", "T34-31", Set.of(Role.ENUMERATOR));
    static final Actor ASSIGNED = new Actor("thamdinh.haiphong", "Thẩm định viên", "BO-BNV", Set.of(Role.APPRAISER));
    static final Actor OTHER_APPRAISER = new Actor("thamdinh", "Thẩm định viên khác", "BO-BNV", Set.of(Role.APPRAISER));
    static final Actor COUNCIL = new Actor("hoidong", "Hội đồng", "BO-BNV", Set.of(Role.COUNCIL_MEMBER));
    static final AtomicInteger YEARS = new AtomicInteger(2030);

    @Autowired EvidenceFiles evidence;
    @Autowired Rounds rounds;
    @Autowired JdbcClient db;
    @Autowired AuditTrail audit;

    String round;

    @BeforeEach
    void aRoundWithHaiPhongAndHaNoi() {
        Round prepared = rounds.prepare(new NewRound(YEARS.getAndIncrement(), "Đợt thử tài liệu kiểm chứng",
                RoundLevel.NATIONAL, List.of("T34-31", "T34-01"), "sampling-request@1",
                LocalDate.now().plusDays(20)), COORDINATOR);
        round = prepared.id();
    }

    @Test
    void aPdfIsKeptUnderItsIdWithItsHashTypeSizeAndUploader() throws Exception {
        byte[] pdf = EvidenceSamples.pdf("Quyet dinh 123");

        EvidenceFile file = evidence.attach(HAI_PHONG, round, "T34-31", "1.2.3", "Quyết định 123.pdf",
                new ByteArrayInputStream(pdf));

        assertThat(file.type()).isEqualTo(EvidenceType.PDF);
        assertThat(file.size()).isEqualTo(pdf.length);
        assertThat(file.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
        assertThat(file.uploadedBy()).isEqualTo("haiphong");
        assertThat(file.uploadedByName()).isEqualTo(HAI_PHONG.displayName());
        assertThat(file.scan()).isEqualTo(EvidenceFile.ScanOutcome.NOT_SCANNED);
        assertThat(file.fileName()).isEqualTo("Quyết định 123.pdf");
        assertThat(file.storageRef()).isEqualTo("dir:" + file.id().substring(0, 2) + "/" + file.id());
        assertThat(STORE.resolve(file.id().substring(0, 2)).resolve(file.id())).hasBinaryContent(pdf);
        assertThat(evidence.list(HAI_PHONG, round, "T34-31", "1.2.3")).containsExactly(file);
        try (EvidenceContent content = evidence.open(LEADER, file.id())) {
            assertThat(content.stream().readAllBytes()).isEqualTo(pdf);
            assertThat(content.file().type().mediaType()).isEqualTo("application/pdf");
        }
        assertThat(audit.count(new AuditQuery("lanhdao.haiphong", null, "evidence-opened", null, null))).isPositive();
    }

    @Test
    void aNameIsShownWithoutFoldersControlOrDirectionCharacters() {
        EvidenceFile file = evidence.attach(HAI_PHONG, round, "T34-31", "2.1", "C:\\tmp\\..\\Báo cáo\u202Efdp.pdf",
                new ByteArrayInputStream(EvidenceSamples.pdf("x")));

        assertThat(file.fileName()).isEqualTo("Báo cáofdp.pdf");
    }

    @Test
    void aFileOneBytePastTheLimitIsRefusedAndNothingIsKept() {
        long limit = evidence.settings().maxBytes();
        assertThat(limit).isEqualTo(20L * 1024 * 1024);
        Counted before = counted();

        assertThatThrownBy(() -> evidence.attach(HAI_PHONG, round, "T34-31", "1.1", "lon.pdf",
                EvidenceSamples.pdfOfSize(limit + 1)))
                .isInstanceOf(Rejected.class).hasFieldOrPropertyWithValue("key", "evidence.tooLarge")
                .satisfies(e -> assertThat(((Rejected) e).args()).containsExactly("20 MB"));

        assertThat(counted()).isEqualTo(before);
    }

    @Test
    void aFileExactlyAtTheLimitIsKept() {
        long limit = evidence.settings().maxBytes();

        EvidenceFile file = evidence.attach(HAI_PHONG, round, "T34-31", "1.1", "vua-du.pdf",
                EvidenceSamples.pdfOfSize(limit));

        assertThat(file.size()).isEqualTo(limit);
    }

    @Test
    void anExecutableRenamedPdfIsRefusedSayingWhatItIs() {
        Counted before = counted();

        assertThatThrownBy(() -> evidence.attach(HAI_PHONG, round, "T34-31", "1.1", "bao-cao.pdf",
                new ByteArrayInputStream(EvidenceSamples.windowsProgram())))
                .isInstanceOf(Rejected.class).hasFieldOrPropertyWithValue("key", "evidence.executable")
                .satisfies(e -> assertThat(((Rejected) e).args()).containsExactly("Windows EXE/DLL (MZ)"));
        assertThatThrownBy(() -> evidence.attach(HAI_PHONG, round, "T34-31", "1.1", "chay.pdf",
                new ByteArrayInputStream("#!/bin/sh\nrm -rf /\n".getBytes())))
                .hasFieldOrPropertyWithValue("key", "evidence.executable");
        assertThatThrownBy(() -> evidence.attach(HAI_PHONG, round, "T34-31", "1.1", "elf.pdf",
                new ByteArrayInputStream(new byte[]{0x7F, 'E', 'L', 'F', 2, 1, 1, 0})))
                .hasFieldOrPropertyWithValue("key", "evidence.executable");

        assertThat(counted()).isEqualTo(before);
    }

    @Test
    void aZipThatIsNotAnOfficeDocumentIsRefusedNamingWhatItHolds() {
        Counted before = counted();

        assertThatThrownBy(() -> evidence.attach(HAI_PHONG, round, "T34-31", "1.1", "bao-cao.docx",
                new ByteArrayInputStream(EvidenceSamples.zip("setup.exe", "readme.txt"))))
                .isInstanceOf(Rejected.class).hasFieldOrPropertyWithValue("key", "evidence.zipNotOffice")
                .satisfies(e -> assertThat(((Rejected) e).args()).containsExactly("setup.exe"));
        assertThatThrownBy(() -> evidence.attach(HAI_PHONG, round, "T34-31", "1.1", "macro.docx",
                new ByteArrayInputStream(EvidenceSamples.zip("[Content_Types].xml", "word/document.xml",
                        "word/vbaProject.bin"))))
                .hasFieldOrPropertyWithValue("key", "evidence.macros");

        assertThat(counted()).isEqualTo(before);
    }

    @Test
    void officeDocumentsAreKnownByTheirPartsAndTheNameMustAgree() {
        assertThat(evidence.attach(HAI_PHONG, round, "T34-31", "3.1", "ke-hoach.docx",
                new ByteArrayInputStream(EvidenceSamples.docx())).type()).isEqualTo(EvidenceType.DOCX);
        assertThat(evidence.attach(HAI_PHONG, round, "T34-31", "3.1", "so-lieu.XLSX",
                new ByteArrayInputStream(EvidenceSamples.xlsx())).type()).isEqualTo(EvidenceType.XLSX);
        Counted before = counted();

        assertThatThrownBy(() -> evidence.attach(HAI_PHONG, round, "T34-31", "3.2", "so-lieu.pdf",
                new ByteArrayInputStream(EvidenceSamples.xlsx())))
                .isInstanceOf(Rejected.class).hasFieldOrPropertyWithValue("key", "evidence.extensionMismatch")
                .satisfies(e -> assertThat(((Rejected) e).args()).containsExactly(".pdf", "XLSX", ".xlsx"));
        assertThatThrownBy(() -> evidence.attach(HAI_PHONG, round, "T34-31", "3.2", "khong-duoi",
                new ByteArrayInputStream(EvidenceSamples.pdf("y"))))
                .hasFieldOrPropertyWithValue("key", "evidence.extensionMismatch");
        assertThatThrownBy(() -> evidence.attach(HAI_PHONG, round, "T34-31", "3.2", "van-ban.txt",
                new ByteArrayInputStream("Chỉ là chữ".getBytes())))
                .hasFieldOrPropertyWithValue("key", "evidence.unknownType");
        assertThatThrownBy(() -> evidence.attach(HAI_PHONG, round, "T34-31", "3.2", "rong.pdf",
                new ByteArrayInputStream(new byte[0])))
                .hasFieldOrPropertyWithValue("key", "evidence.empty");

        assertThat(counted()).isEqualTo(before);
    }

    @Test
    void aMalformedPdfIsStillKeptForItsPreviewToSaySo() {
        EvidenceFile malformed = evidence.attach(HAI_PHONG, round, "T34-31", "4.1", "hong.pdf",
                new ByteArrayInputStream(EvidenceSamples.malformedPdf()));

        assertThat(malformed.type()).isEqualTo(EvidenceType.PDF);
        assertThat(evidence.list(HAI_PHONG, round, "T34-31", "4.1")).containsExactly(malformed);
    }

    @Test
    void theSameContentTwiceOnOneCriterionIsRefusedNamingTheFileAlreadyThere() {
        byte[] pdf = EvidenceSamples.pdf("trung");
        evidence.attach(HAI_PHONG, round, "T34-31", "5.1", "lan-1.pdf", new ByteArrayInputStream(pdf));
        Counted before = counted();

        assertThatThrownBy(() -> evidence.attach(LEADER, round, "T34-31", "5.1", "lan-2.pdf",
                new ByteArrayInputStream(pdf)))
                .isInstanceOf(Rejected.class).hasFieldOrPropertyWithValue("key", "evidence.duplicate")
                .satisfies(e -> assertThat(((Rejected) e).args().get(0)).isEqualTo("lan-1.pdf"));
        assertThat(counted()).isEqualTo(before);

        // On another criterion the same document is evidence of something else: kept.
        assertThat(evidence.attach(HAI_PHONG, round, "T34-31", "5.2", "lan-2.pdf", new ByteArrayInputStream(pdf)))
                .isNotNull();
    }

    @Test
    void aWithdrawnFileKeepsItsRowAndContentAndLeavesTheCounts() throws Exception {
        byte[] pdf = EvidenceSamples.pdf("rut");
        EvidenceFile file = evidence.attach(HAI_PHONG, round, "T34-31", "6.1", "rut.pdf", new ByteArrayInputStream(pdf));
        evidence.attach(HAI_PHONG, round, "T34-31", "6.2", "o-lai.pdf",
                new ByteArrayInputStream(EvidenceSamples.pdf("o lai")));
        assertThat(evidence.counts(HAI_PHONG, round, "T34-31")).containsEntry("6.1", 1).containsEntry("6.2", 1);

        assertThatThrownBy(() -> evidence.withdraw(HAI_PHONG, file.id(), "  "))
                .hasFieldOrPropertyWithValue("key", "evidence.reasonRequired");
        EvidenceFile withdrawn = evidence.withdraw(HAI_PHONG, file.id(), "Nhầm tiêu chí");

        assertThat(withdrawn.withdrawn()).isTrue();
        assertThat(withdrawn.withdrawnBy()).isEqualTo("haiphong");
        assertThat(withdrawn.withdrawnReason()).isEqualTo("Nhầm tiêu chí");
        assertThat(evidence.counts(HAI_PHONG, round, "T34-31")).doesNotContainKey("6.1").containsEntry("6.2", 1);
        assertThat(evidence.list(HAI_PHONG, round, "T34-31", "6.1")).extracting(EvidenceFile::withdrawn)
                .containsExactly(true);
        try (EvidenceContent content = evidence.open(HAI_PHONG, file.id())) {
            assertThat(content.stream().readAllBytes()).isEqualTo(pdf);
        }
        assertThatThrownBy(() -> evidence.withdraw(LEADER, file.id(), "Lần nữa"))
                .hasFieldOrPropertyWithValue("key", "evidence.alreadyWithdrawn");
    }

    @Test
    void anotherProvinceAnEnumeratorAnUnassignedAppraiserAndACouncilMemberAreRefusedAndAudited() {
        EvidenceFile file = evidence.attach(HAI_PHONG, round, "T34-31", "7.1", "mat.pdf",
                new ByteArrayInputStream(EvidenceSamples.pdf("mat")));
        Counted before = counted();
        int refusals = audit.count(new AuditQuery("hanoi", null, "call", null, null));

        for (Actor outsider : List.of(HA_NOI, ENUMERATOR, OTHER_APPRAISER, COUNCIL)) {
            assertThatThrownBy(() -> evidence.open(outsider, file.id())).isInstanceOf(AccessDenied.class);
            assertThatThrownBy(() -> evidence.list(outsider, round, "T34-31")).isInstanceOf(AccessDenied.class);
            assertThatThrownBy(() -> evidence.counts(outsider, round, "T34-31")).isInstanceOf(AccessDenied.class);
            assertThatThrownBy(() -> evidence.preview(outsider, file.id())).isInstanceOf(AccessDenied.class);
            assertThatThrownBy(() -> evidence.withdraw(outsider, file.id(), "x")).isInstanceOf(AccessDenied.class);
            assertThatThrownBy(() -> evidence.attach(outsider, round, "T34-31", "7.1", "x.pdf",
                    new ByteArrayInputStream(EvidenceSamples.pdf("x")))).isInstanceOf(AccessDenied.class);
        }
        // Hà Nội's officer attaching to their own unit of a round... that it does not take part in is refused too.
        String other = rounds.prepare(new NewRound(YEARS.getAndIncrement(), "Đợt không có Hà Nội", RoundLevel.NATIONAL,
                List.of("T34-31"), "sampling-request@1", LocalDate.now().plusDays(20)), COORDINATOR).id();
        assertThatThrownBy(() -> evidence.attach(HA_NOI, other, "T34-01", "1.1", "x.pdf",
                new ByteArrayInputStream(EvidenceSamples.pdf("x")))).isInstanceOf(AccessDenied.class);

        assertThat(counted()).isEqualTo(before);
        assertThat(audit.count(new AuditQuery("hanoi", null, "call", null, null))).isEqualTo(refusals + 7);
    }

    @Test
    void theOrganisersCoordinatorAndAnAssignedAppraiserReadButDoNotContribute() {
        EvidenceFile file = evidence.attach(HAI_PHONG, round, "T34-31", "8.1", "doc.pdf",
                new ByteArrayInputStream(EvidenceSamples.pdf("doc")));

        assertThat(evidence.list(COORDINATOR, round, "T34-31")).contains(file);
        assertThat(evidence.list(ASSIGNED, round, "T34-31")).contains(file);
        assertThat(evidence.mayContribute(ASSIGNED, round, "T34-31")).isFalse();
        assertThat(evidence.mayContribute(LEADER, round, "T34-31")).isTrue();
        assertThatThrownBy(() -> evidence.withdraw(ASSIGNED, file.id(), "không đạt")).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> evidence.attach(COORDINATOR, round, "T34-31", "8.1", "y.pdf",
                new ByteArrayInputStream(EvidenceSamples.pdf("y")))).isInstanceOf(AccessDenied.class);
    }

    @Test
    void criterionCodesAndIdsAreCheckedBeforeAnythingIsRead() {
        assertThatThrownBy(() -> evidence.attach(HAI_PHONG, round, "T34-31", "../1", "a.pdf", InputStream.nullInputStream()))
                .hasFieldOrPropertyWithValue("key", "evidence.criterionInvalid");
        assertThatThrownBy(() -> evidence.attach(HAI_PHONG, round, "T34-31", "1".repeat(41), "a.pdf",
                InputStream.nullInputStream())).hasFieldOrPropertyWithValue("key", "evidence.criterionInvalid");
        assertThatThrownBy(() -> evidence.attach(HAI_PHONG, round, "T34-31", "1.1", "a".repeat(1001) + ".pdf",
                InputStream.nullInputStream())).hasFieldOrPropertyWithValue("key", "evidence.nameTooLong");
        assertThatThrownBy(() -> evidence.open(HAI_PHONG, "../../etc/passwd"))
                .hasFieldOrPropertyWithValue("key", "evidence.notFound");
    }

    record Counted(long rows, long files) {
    }

    private Counted counted() {
        try (Stream<Path> files = Files.walk(STORE)) {
            return new Counted(db.sql("select count(*) from evidence_file").query(Long.class).single(),
                    files.filter(Files::isRegularFile).count());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
