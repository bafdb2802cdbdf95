package vn.thuocdo.bench;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import vn.thuocdo.assessment.SelfAssessments;
import vn.thuocdo.compilation.Compilations;
import vn.thuocdo.compilation.IndexResult;
import vn.thuocdo.compilation.ResultVersion;
import vn.thuocdo.compilation.VersionState;
import vn.thuocdo.compilation.WhatIf;
import vn.thuocdo.forms.scorecard.ParIndex;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.testing.TestActors;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * #13's what-if figure: {@link WhatIf#compute} of a version of 48 units (34 provinces, 14 ministries) under a
 * scenario (provinces' area 1 doubled, the survey at 30% of the provinces' total) - access check, the version's rows
 * in three queries, the arithmetic and the group table - against the plain arithmetic over the same totals
 * ({@link ParIndex#rank} of each kind) in the same run. Median of 30 after 10 warm-ups. Goal: < 200 ms.
 */
@BenchmarkTest
@TestPropertySource(properties = "thuocdo.test.context=bench-what-if")
class WhatIfBenchmark {

    static final int WARM_UPS = 10;
    static final int RUNS = 30;

    @Autowired Rounds rounds;
    @Autowired SelfAssessments assessments;
    @Autowired Compilations compilations;
    @Autowired WhatIf whatIf;
    @Autowired JdbcTemplate jdbc;
    @Autowired vn.thuocdo.compilation.ParIndexGroups groups;

    @Test
    void aWhatIfOfFortyEightUnitsAgainstThePlainArithmetic() {
        List<String> units = jdbc.queryForList("""
                select id from unit where par_evaluated and valid_to is null and kind in ('PROVINCE', 'MINISTRY')
                order by kind desc, id""", String.class);
        List<String> participants = new ArrayList<>(units.subList(0, Math.min(48, units.size())));
        String round = rounds.prepare(new NewRound(2096, "Đợt đo giả định", RoundLevel.NATIONAL, participants,
                "sampling-request@1", LocalDate.now().plusDays(20)), TestActors.COORDINATOR).id();
        for (String unit : participants) {
            assessments.ensure(round, unit);
        }
        // Every sub-criterion scored, varied by unit and code so the ranks differ.
        jdbc.update("""
                update self_assessment_value set answer = 'points:0.5',
                       points = (abs(hashtext(unit_id || code)) % 100) / 100.0 where round_id = ?""", round);
        jdbc.execute("vacuum analyze");
        ResultVersion version = compilations.compute(round, "Đo giả định", "bench", "Đo", VersionState.DRAFT);

        WhatIf.Scenario scenario = new WhatIf.Scenario(Map.of("PROVINCE:1", BigDecimal.valueOf(2)),
                Map.of("PROVINCE", BigDecimal.valueOf(30)));
        int rows = whatIf.compute(round, version.id(), scenario, TestActors.COORDINATOR).size();
        long moved = whatIf.compute(round, version.id(), scenario, TestActors.COORDINATOR).stream()
                .filter(r -> r.movement() != null && r.movement() != 0).count();
        BenchReport.Stats full = BenchReport.Stats.of(WARM_UPS, RUNS,
                () -> whatIf.compute(round, version.id(), scenario, TestActors.COORDINATOR).size());

        List<IndexResult> totals = compilations.results(round, version.id(), IndexResult.PAR_TOTAL,
                TestActors.COORDINATOR);
        BenchReport.Stats plain = BenchReport.Stats.of(WARM_UPS, RUNS, () -> {
            int ranked = 0;
            for (String kind : List.of("PROVINCE", "MINISTRY")) {
                ranked += ParIndex.rank(totals.stream().filter(t -> t.unitKind().equals(kind))
                        .map(t -> new ParIndex.Total(t.unitId(), t.points(), t.maxPoints())).toList()).size();
            }
            return ranked;
        });

        BenchReport.Stats cards = BenchReport.Stats.of(WARM_UPS, RUNS,
                () -> whatIf.cards(round, version.id(), TestActors.COORDINATOR).size());
        BenchReport.Stats table = BenchReport.Stats.of(WARM_UPS, RUNS, () -> {
            var group = groups.withoutHistory();
            int n = 0;
            for (int i = 0; i < rows; i++) {
                n += group.apply(BigDecimal.valueOf(40 + i)).length();
            }
            return n;
        });

        BenchReport report = new BenchReport("what-if", "24. The council's what-if: " + rows + " units");
        report.row("`WhatIf.compute`: " + rows + " units, provinces' area 1 × 2 and the survey at 30% ("
                + moved + " units move)", full, BenchReport.ratio(full, plain.median(), "plain arithmetic"), 200.0);
        report.row("baseline: `ParIndex.rank` of each kind over the version's totals, in memory", plain, "", null);
        report.row("of which: access check and the version's scorecards (`WhatIf.cards`)", cards, "", null);
        report.row("of which: the group table for " + rows + " percentages (ParIndexGroup.dmn in memory)", table, "",
                null);
        report.note("Data: one round of " + participants.size() + " units (34 provinces and 14 ministries), every "
                + "sub-criterion scored by SQL, a version computed by `Compilations.compute` (no survey responses: "
                + "the survey sub-criteria have no points); `VACUUM ANALYZE`.");
        report.note("The what-if includes the access check, reading the version's area, total and SIPAS rows (three "
                + "queries), the split of each area into self-scored and survey points, the scenario's arithmetic, "
                + "the ranks and the group table (ParIndexGroup.dmn, evaluated in memory). Nothing is written.");
        report.write();
    }
}
