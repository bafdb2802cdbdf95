package vn.thuocdo.compilation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.testing.ProcessTest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The council's what-if on a hand-made version of four provinces (scorecard par-province-2022-v1, 100 points, the
 * survey 24 of them: 8.1.1-8.1.5 two points each, 8.2.1-8.2.4 one point each):
 * <ul>
 * <li>D: areas 1-7 full (68,5) + 7,5 self-scored in area 8 + survey at 50% (7) = 83 → rank 1, group B;</li>
 * <li>B: area 2 full (9) + 1 in area 3 = 10 → rank 2;</li>
 * <li>A: area 1 full = 9,5 → rank 3;</li>
 * <li>C: survey only, at 50% = 7 → rank 4.</li>
 * </ul>
 */
@ProcessTest
@TestPropertySource(properties = "thuocdo.test.context=assessment")
class WhatIfTest {

    /** Rounds are unique per organiser and year: organised by BO-BTC (no other test's organiser), 2093 on. */
    static final AtomicInteger YEARS = new AtomicInteger(2093);
    static final Actor COORDINATOR = new Actor("dieuphoi.btc", "Điều phối viên Bộ Tài chính", "BO-BTC",
            Set.of(Role.MINISTRY_COORDINATOR));
    static final String A = "T34-01", B = "T34-04", C = "T34-08", D = "T34-31";
    static final String[] ELEMENTS = {"access", "procedures", "civilServants", "serviceResults", "feedback",
            "accountability", "participation", "policyQuality", "policyResults"};

    @Autowired WhatIf whatIf;
    @Autowired ParIndexGroups groups;
    @Autowired CompilationStore store;
    @Autowired Rounds rounds;
    @Autowired JdbcClient db;

    String round;
    String version;

    @BeforeEach
    void aVersionOfFourProvinces() {
        round = rounds.prepare(new NewRound(YEARS.getAndIncrement(), "Đợt thử giả định", RoundLevel.NATIONAL,
                List.of(A, B, C, D), "sampling-request@1", LocalDate.now().plusDays(10)), COORDINATOR).id();
        version = UUID.randomUUID().toString();
        List<IndexResult> rows = new ArrayList<>();
        areas(rows, D, Map.of("1", "9.5", "2", "9", "3", "13", "4", "8", "5", "9", "6", "7", "7", "13", "8", "14.5"));
        areas(rows, B, Map.of("2", "9", "3", "1"));
        areas(rows, A, Map.of("1", "9.5"));
        areas(rows, C, Map.of("8", "7"));
        survey(rows, D);
        survey(rows, C);
        total(rows, D, "83", 1, "B");
        total(rows, B, "10", 2, "D");
        total(rows, A, "9.5", 3, "D");
        total(rows, C, "7", 4, "D");
        store.insert(new ResultVersion(version, round, 1, null, "system", "Thước Đo", Instant.now(),
                VersionState.DRAFT, "sipas@1", "par-province-2022-v1", 0, 0), rows);
    }

    private static void areas(List<IndexResult> rows, String unit, Map<String, String> points) {
        BigDecimal[] max = {null, bd("9.5"), bd("9"), bd("13"), bd("8"), bd("9"), bd("7"), bd("13"), bd("31.5")};
        for (int a = 1; a <= 8; a++) {
            rows.add(IndexResult.points(unit, "PROVINCE", IndexResult.PAR_AREA + a,
                    bd(points.getOrDefault(String.valueOf(a), "0")), max[a], null, null, null, null));
        }
    }

    private static void survey(List<IndexResult> rows, String unit) {
        for (String e : ELEMENTS) {
            rows.add(IndexResult.sipas(unit, "PROVINCE", "sipas:element:" + e, 0.5, 0.01, 0.48, 0.52, 100L, null,
                    null));
        }
    }

    private static void total(List<IndexResult> rows, String unit, String points, int rank, String group) {
        rows.add(IndexResult.points(unit, "PROVINCE", IndexResult.PAR_TOTAL, bd(points), bd("100"),
                Double.parseDouble(points), rank, group, null));
    }

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    private List<Map<String, Object>> allRows() {
        return db.sql("select * from index_result where version_id = ? order by unit_id, measure").param(version)
                .query().listOfRows();
    }

    private List<WhatIf.Row> run(Map<String, BigDecimal> weights, Map<String, BigDecimal> shares, Actor actor) {
        return whatIf.compute(round, version, new WhatIf.Scenario(weights, shares), actor);
    }

    @Test
    void anUnchangedScenarioGivesTheRealResults() {
        assertThat(run(Map.of(), Map.of(), COORDINATOR))
                .extracting(WhatIf.Row::unitId, WhatIf.Row::percent, WhatIf.Row::rank, WhatIf.Row::group,
                        WhatIf.Row::movement)
                .containsExactly(tuple(D, bd("83.00"), 1, "B", 0), tuple(B, bd("10.00"), 2, "D", 0),
                        tuple(A, bd("9.50"), 3, "D", 0), tuple(C, bd("7.00"), 4, "D", 0));
        assertThat(whatIf.cards(round, version, COORDINATOR)).singleElement().satisfies(card -> {
            assertThat(card.areas()).hasSize(8);
            assertThat(card.surveyShare()).isEqualByComparingTo("24");
        });
    }

    @Test
    void doublingAreaOneMovesAUpAndLeavesTheRealResultsUntouched() {
        List<Map<String, Object>> before = allRows();
        // Maximum 100 + 9,5 = 109,5. D 83 + 9,5 = 92,5 → 84,47%; A 19 → 17,35%; B 10 → 9,13%; C 7 → 6,39%.
        List<WhatIf.Row> rows = run(Map.of("PROVINCE:1", bd("2")), Map.of(), COORDINATOR);
        assertThat(rows).extracting(WhatIf.Row::unitId, WhatIf.Row::points, WhatIf.Row::maxPoints,
                        WhatIf.Row::percent, WhatIf.Row::rank, WhatIf.Row::movement)
                .containsExactly(tuple(D, bd("92.50"), bd("109.50"), bd("84.47"), 1, 0),
                        tuple(A, bd("19.00"), bd("109.50"), bd("17.35"), 2, 1),
                        tuple(B, bd("10.00"), bd("109.50"), bd("9.13"), 3, -1),
                        tuple(C, bd("7.00"), bd("109.50"), bd("6.39"), 4, 0));
        assertThat(rows.get(1).realRank()).isEqualTo(3);
        assertThat(allRows()).isEqualTo(before);
    }

    @Test
    void theSurveyAt48PointsMovesCUpAndDAcrossAGroupBoundary() {
        List<Map<String, Object>> before = allRows();
        // Survey ×48/24 = 2, self-scored ×52/76. D 76·52/76 + 7·2 = 66 → group D (was B); C 14 → ▲2;
        // B 10·52/76 = 6,84; A 9,5·52/76 = 6,50.
        List<WhatIf.Row> rows = run(Map.of(), Map.of("PROVINCE", bd("48")), COORDINATOR);
        assertThat(rows).extracting(WhatIf.Row::unitId, WhatIf.Row::points, WhatIf.Row::percent, WhatIf.Row::rank,
                        WhatIf.Row::group, WhatIf.Row::realGroup, WhatIf.Row::movement)
                .containsExactly(tuple(D, bd("66.00"), bd("66.00"), 1, "D", "B", 0),
                        tuple(C, bd("14.00"), bd("14.00"), 2, "D", "D", 2),
                        tuple(B, bd("6.84"), bd("6.84"), 3, "D", "D", -1),
                        tuple(A, bd("6.50"), bd("6.50"), 4, "D", "D", -1));
        // No survey at all: D's 76 self-scored points become 100 → group A.
        assertThat(run(Map.of(), Map.of("PROVINCE", bd("0")), COORDINATOR).get(0))
                .extracting(WhatIf.Row::unitId, WhatIf.Row::percent, WhatIf.Row::group)
                .containsExactly(D, bd("100.00"), "A");
        assertThat(allRows()).isEqualTo(before);
        assertThat(store.versions(round)).singleElement().extracting(ResultVersion::state)
                .isEqualTo(VersionState.DRAFT);
    }

    @Test
    void theWhatIfGroupsAsTheEngineDoes() {
        var inMemory = groups.withoutHistory();
        for (String percent : List.of("100", "90", "89.99", "80", "79.99", "70", "69.99", "0")) {
            assertThat(inMemory.apply(bd(percent))).as(percent).isEqualTo(groups.group(bd(percent)));
        }
        assertThat(inMemory.apply(bd("89.99"))).isEqualTo("B");
    }

    @Test
    void badScenariosAreRefusedWithTheirReason() {
        assertThatThrownBy(() -> run(Map.of("PROVINCE:1", bd("10.01")), Map.of(), COORDINATOR))
                .isInstanceOf(Rejected.class).hasMessageContaining("compilation.whatIf.weightOutOfRange");
        assertThatThrownBy(() -> run(Map.of("PROVINCE:1", bd("-1")), Map.of(), COORDINATOR))
                .hasMessageContaining("compilation.whatIf.weightOutOfRange");
        assertThatThrownBy(() -> run(Map.of("PROVINCE:1", bd("1.005")), Map.of(), COORDINATOR))
                .hasMessageContaining("compilation.whatIf.weightOutOfRange");
        assertThatThrownBy(() -> run(Map.of("PROVINCE:9", bd("1")), Map.of(), COORDINATOR))
                .hasMessageContaining("compilation.whatIf.unknownArea");
        assertThatThrownBy(() -> run(Map.of("MINISTRY:1", bd("1")), Map.of(), COORDINATOR))
                .hasMessageContaining("compilation.whatIf.unknownArea");
        assertThatThrownBy(() -> run(Map.of(), Map.of("PROVINCE", bd("100.5")), COORDINATOR))
                .hasMessageContaining("compilation.whatIf.shareOutOfRange");
        assertThatThrownBy(() -> run(Map.of(), Map.of("NATIONAL", bd("30")), COORDINATOR))
                .hasMessageContaining("compilation.whatIf.unknownKind");
        assertThatThrownBy(() -> run(Map.of("PROVINCE:8", bd("0")), Map.of("PROVINCE", bd("30")), COORDINATOR))
                .hasMessageContaining("compilation.whatIf.shareImpossible");
        Map<String, BigDecimal> many = new HashMap<>();
        for (int i = 0; i < 41; i++) {
            many.put("PROVINCE:" + i, BigDecimal.ONE);
        }
        assertThatThrownBy(() -> run(many, Map.of(), COORDINATOR))
                .hasMessageContaining("compilation.whatIf.tooManyAreas");
        assertThatThrownBy(() -> whatIf.compute(round, UUID.randomUUID().toString(), WhatIf.Scenario.unchanged(),
                COORDINATOR)).hasMessageContaining("compilation.noVersion");
    }

    @Test
    void aCouncilMemberMayTryAndAProvincialOfficerMayNot() {
        Actor council = new Actor("hoidong", "Hội đồng", COORDINATOR.unitId(), Set.of(Role.COUNCIL_MEMBER));
        assertThat(run(Map.of("PROVINCE:1", bd("2")), Map.of(), council)).hasSize(4);
        Actor officer = new Actor("haiphong", "Nguyễn Thị Lan", D, Set.of(Role.PROVINCIAL_OFFICER));
        assertThatThrownBy(() -> run(Map.of(), Map.of(), officer)).isInstanceOf(AccessDenied.class);
        Actor otherCouncil = new Actor("hoidong.bnv", "Bộ khác", "BO-BNV", Set.of(Role.COUNCIL_MEMBER));
        assertThatThrownBy(() -> run(Map.of(), Map.of(), otherCouncil)).isInstanceOf(AccessDenied.class);
    }
}
