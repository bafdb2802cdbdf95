package vn.thuocdo.evidence;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.testing.ProcessTest;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thuocdo.testing.TestActors.COORDINATOR;
import static vn.thuocdo.testing.TestActors.HAI_PHONG;

/** The same capability with evidence kept as PostgreSQL large objects ({@code thuocdo.evidence.store=database}). */
@ProcessTest
@TestPropertySource(properties = {"thuocdo.test.context=evidence-database", "thuocdo.evidence.store=database"})
class DatabaseEvidenceStoreTest {

    @Autowired EvidenceFiles evidence;
    @Autowired EvidenceStore store;
    @Autowired Rounds rounds;
    @Autowired JdbcClient db;

    @Test
    void aTwentyMegabyteFileIsKeptAsALargeObjectAndStreamedBackUnchanged() throws Exception {
        assertThat(store).isInstanceOf(DatabaseEvidenceStore.class);
        String round = round(2031);
        long size = evidence.settings().maxBytes();
        long objectsBefore = largeObjects();

        EvidenceFile file = evidence.attach(HAI_PHONG, round, "T34-31", "1.1", "lon.pdf",
                EvidenceSamples.pdfOfSize(size));

        assertThat(file.storageRef()).startsWith("pg-lo:");
        assertThat(largeObjects()).isEqualTo(objectsBefore + 1);
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        long read;
        try (EvidenceContent content = evidence.open(HAI_PHONG, file.id());
             InputStream in = new DigestInputStream(content.stream(), digest)) {
            read = in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        assertThat(read).isEqualTo(size);
        assertThat(HexFormat.of().formatHex(digest.digest())).isEqualTo(file.sha256());
    }

    @Test
    void aRefusedFileLeavesNeitherARowNorALargeObject() {
        String round = round(2032);
        long rows = db.sql("select count(*) from evidence_file").query(Long.class).single();
        long objects = largeObjects();

        assertThatThrownBy(() -> evidence.attach(HAI_PHONG, round, "T34-31", "1.1", "lon.pdf",
                EvidenceSamples.pdfOfSize(evidence.settings().maxBytes() + 1)))
                .isInstanceOf(Rejected.class).hasFieldOrPropertyWithValue("key", "evidence.tooLarge");
        assertThatThrownBy(() -> evidence.attach(HAI_PHONG, round, "T34-31", "1.1", "setup.pdf",
                new ByteArrayInputStream(EvidenceSamples.windowsProgram())))
                .hasFieldOrPropertyWithValue("key", "evidence.executable");

        assertThat(db.sql("select count(*) from evidence_file").query(Long.class).single()).isEqualTo(rows);
        assertThat(largeObjects()).isEqualTo(objects);
    }

    @Test
    void aLargeObjectWrittenInATransactionThatRollsBackIsGone() throws Exception {
        long objects = largeObjects();
        org.springframework.transaction.support.TransactionTemplate transaction =
                new org.springframework.transaction.support.TransactionTemplate(
                        new org.springframework.jdbc.support.JdbcTransactionManager(dataSource));
        transaction.executeWithoutResult(status -> {
            try {
                store.put("00000000-0000-0000-0000-000000000000", new ByteArrayInputStream(EvidenceSamples.pdf("r")));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            status.setRollbackOnly();
        });

        assertThat(largeObjects()).isEqualTo(objects);
    }

    @Autowired javax.sql.DataSource dataSource;

    private long largeObjects() {
        return db.sql("select count(*) from pg_largeobject_metadata").query(Long.class).single();
    }

    private String round(int year) {
        return rounds.prepare(new NewRound(year, "Đợt thử kho cơ sở dữ liệu", RoundLevel.NATIONAL, List.of("T34-31"),
                "sampling-request@1", LocalDate.now().plusDays(20)), COORDINATOR).id();
    }
}
