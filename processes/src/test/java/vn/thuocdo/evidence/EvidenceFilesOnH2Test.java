package vn.thuocdo.evidence;

import org.junit.jupiter.api.Test;
import vn.thuocdo.testing.OnH2;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thuocdo.testing.TestActors.COORDINATOR;
import static vn.thuocdo.testing.TestActors.HAI_PHONG;

/** The embedded default: evidence on H2 (migration V18 included) with the directory store. */
@OnH2
class EvidenceFilesOnH2Test {

    @Autowired EvidenceFiles evidence;
    @Autowired EvidenceStore store;
    @Autowired Rounds rounds;

    @Test
    void attachCountWithdrawAndReadBackOnH2() throws Exception {
        assertThat(store).isInstanceOf(DirectoryEvidenceStore.class);
        String round = rounds.prepare(new NewRound(2033, "Đợt thử H2", RoundLevel.NATIONAL, List.of("T34-31"),
                "sampling-request@1", LocalDate.now().plusDays(20)), COORDINATOR).id();
        byte[] pdf = EvidenceSamples.pdf("h2");

        EvidenceFile file = evidence.attach(HAI_PHONG, round, "T34-31", "1.1", "h2.pdf", new ByteArrayInputStream(pdf));
        assertThat(evidence.counts(HAI_PHONG, round, "T34-31")).containsEntry("1.1", 1);
        assertThatThrownBy(() -> evidence.attach(HAI_PHONG, round, "T34-31", "1.1", "lai.pdf",
                new ByteArrayInputStream(pdf))).hasFieldOrPropertyWithValue("key", "evidence.duplicate");
        evidence.withdraw(HAI_PHONG, file.id(), "Thử rút");

        assertThat(evidence.counts(HAI_PHONG, round, "T34-31")).isEmpty();
        assertThat(evidence.list(HAI_PHONG, round, "T34-31")).singleElement().satisfies(f -> {
            assertThat(f.withdrawn()).isTrue();
            assertThat(f.uploadedAt()).isEqualTo(file.uploadedAt());
        });
        try (EvidenceContent content = evidence.open(HAI_PHONG, file.id())) {
            assertThat(content.stream().readAllBytes()).isEqualTo(pdf);
        }
    }
}
