package vn.thuocdo.sampling;

import org.springframework.stereotype.Component;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.testing.TestActors;
import vn.thuocdo.workflow.InboxFilter;
import vn.thuocdo.workflow.Tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A launched round whose every unit's sampling information, with a synthetic frame, is approved through the same
 * API a person uses: the round then waits at its survey stage. The frame is stored directly, as in
 * {@link FrameTotalsTest}: the spreadsheet adapter lives in integrations. Sizes are deterministic and uneven.
 */
@Component
public class ApprovedRounds {

    private final Rounds rounds;
    private final SamplingRequests sampling;
    private final SamplingFrameStore frames;
    private final Tasks tasks;

    ApprovedRounds(Rounds rounds, SamplingRequests sampling, SamplingFrameStore frames, Tasks tasks) {
        this.rounds = rounds;
        this.sampling = sampling;
        this.frames = frames;
        this.tasks = tasks;
    }

    /** A round of the units, each with {@code communes} communes of 4 to 8 villages, all approved. */
    public Round launch(int year, List<String> unitIds, int communes) {
        Map<String, List<FrameRow>> frames = new java.util.LinkedHashMap<>();
        unitIds.forEach(unitId -> frames.put(unitId, frame(unitId, communes)));
        return launch(year, frames);
    }

    /** A round of the units, each with the given frame, all approved. */
    public Round launch(int year, Map<String, List<FrameRow>> framesByUnit) {
        List<String> unitIds = List.copyOf(framesByUnit.keySet());
        Round round = rounds.launchNew(new NewRound(year, "Đợt thử khảo sát " + year, RoundLevel.NATIONAL, unitIds,
                "sampling-request@1", LocalDate.now().plusDays(10)), TestActors.COORDINATOR);
        for (String unitId : unitIds) {
            Actor officer = TestActors.officerOf(unitId);
            SamplingRequest request = sampling.forRound(round.id()).stream()
                    .filter(r -> r.unitId().equals(unitId)).findFirst().orElseThrow();
            List<FrameRow> rows = framesByUnit.get(unitId);
            frames.replace(request.id(), "sampling-frame@1", rows, officer.username(), Instant.now());
            String task = tasks.inbox(officer, new InboxFilter(round.id(), null), 0, 1).get(0).taskId();
            sampling.submit(task, answers(rows), officer);
        }
        for (String unitId : unitIds) {
            String review = tasks.inbox(TestActors.COORDINATOR, new InboxFilter(round.id(), unitId), 0, 1).get(0)
                    .taskId();
            sampling.approve(review, TestActors.COORDINATOR);
        }
        return round;
    }

    /** Communes coded from the unit's number, villages "Thôn 1…", households 80-600, population 3.6 per household. */
    public static List<FrameRow> frame(String unitId, int communes) {
        int seed = Math.abs(unitId.hashCode());
        List<FrameRow> rows = new ArrayList<>();
        int row = 2;
        for (int c = 1; c <= communes; c++) {
            String code = String.format("9%02d%02d", seed % 100, c);
            int villages = 4 + (seed + c) % 5;
            for (int v = 1; v <= villages; v++) {
                long households = 80 + (seed * 31L + c * 97L + v * 53L) % 521;
                rows.add(new FrameRow(row++, code, "Xã thử " + c, "Thôn " + v, households, households * 36 / 10));
            }
        }
        return rows;
    }

    private static Map<String, String> answers(List<FrameRow> rows) {
        // Spelled out, not borrowed from a test class: this fixture ships in the test jar, test classes do not.
        Map<String, String> answers = new HashMap<>(Map.of("contactName", "Nguyễn Văn An",
                "contactPhone", "0912345678", "contactEmail", "an@snv.haiphong.gov.vn", "dossiersHandled", "480000"));
        answers.put("communes", String.valueOf(rows.stream().map(FrameRow::communeCode).distinct().count()));
        answers.put("villages", String.valueOf(rows.size()));
        answers.put("households", String.valueOf(rows.stream().mapToLong(FrameRow::households).sum()));
        answers.put("population", String.valueOf(rows.stream().mapToLong(FrameRow::population).sum()));
        return answers;
    }
}
