package vn.thuocdo.history;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thuocdo.forms.index.Estimate;
import vn.thuocdo.forms.index.Estimator;
import vn.thuocdo.forms.index.IndexCatalogue;
import vn.thuocdo.forms.index.IndexDefinition;
import vn.thuocdo.forms.index.SurveyData;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.publication.PublicRecord;
import vn.thuocdo.publication.Published;
import vn.thuocdo.testing.PastResults;
import vn.thuocdo.testing.ProcessTest;
import vn.thuocdo.testing.SurveyScene;
import vn.thuocdo.testing.TestActors;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/**
 * A round of before the 2025 reorganisation, held in the system: Hải Dương (T63-30) and Hải Phòng (T63-31), merged
 * into today's Hải Phòng (T34-31); Hà Giang (T63-02) without Tuyên Quang (T63-08), the two merged into today's Tuyên
 * Quang (T34-08), which therefore cannot be recomputed; Thanh Hóa (T63-38), unchanged. Each commune's households
 * answer alike (commune, weight, answer below), so the rows' order within a commune does not matter; today's Hải Phòng
 * has 32 respondents, above the definition's 30 valid answers. Years 2175-2179.
 */
@ProcessTest
@TestPropertySource(properties = "thuocdo.test.context=assessment")
class RecomputedSipasTest {

    static final AtomicInteger YEARS = new AtomicInteger(2175);
    static final String HAI_PHONG = "T34-31";
    static final String TUYEN_QUANG = "T34-08";
    static final Map<String, String> NEW_PROVINCE = Map.of("T63-30", HAI_PHONG, "T63-31", HAI_PHONG);
    /** unit, commune, weight, answer to every item, households. */
    static final Object[][] COMMUNES = {
            {"T63-02", "hg1", 12.0, "5", 4}, {"T63-02", "hg2", 12.0, "1", 4},
            {"T63-30", "hd1", 10.0, "5", 10}, {"T63-30", "hd2", 20.0, "2", 3}, {"T63-30", "hd3", 15.0, "4", 5},
            {"T63-31", "hp1", 8.0, "5", 8}, {"T63-31", "hp2", 8.0, "3", 4}, {"T63-31", "hp3", 25.0, "4", 2},
            {"T63-38", "th1", 9.0, "4", 3}, {"T63-38", "th2", 9.0, "1", 3}};

    @Autowired RecomputedSipas recomputed;
    @Autowired PublishedResults results;
    @Autowired PublicRecord record;
    @Autowired JdbcClient db;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager transactions;

    final IndexDefinition sipas = IndexCatalogue.load().get("sipas@1");

    @Test
    void aNewProvincesSipasIsRecomputedFromItsOldProvincesMicrodataOnceTheRoundIsPublished() {
        int year = YEARS.getAndIncrement();
        int aggregatesOnly = YEARS.getAndIncrement();
        String round = preMergerRound(year);
        // Published aggregates: the round's year (the old provinces' own figures) and a year held only as aggregates.
        past("T63-30", year, "80.1");
        past("T63-31", year, "84.2");
        past("T63-02", year, "70");
        past("T63-08", year, "75");
        past("T63-30", aggregatesOnly, "79");
        past("T63-31", aggregatesOnly, "83");

        // Not yet published: nothing recomputed is shown, the merged provinces' figures are.
        assertThat(recomputed.recompute(round, TestActors.COORDINATOR)).isEqualTo(1);
        assertThat(results.series(HAI_PHONG, "sipas")).filteredOn(p -> p.year() == year)
                .extracting(SeriesPoint::comparability)
                .containsOnly(SeriesPoint.Comparability.NOT_DIRECTLY_COMPARABLE);

        publish(round, year);

        // The recompute after publication equals the estimate from rows given the new province directly.
        Map<String, Estimate> direct = Estimator.estimate(sipas, directlyLabelled()).stream()
                .filter(e -> e.domain().equals(HAI_PHONG)).collect(Collectors.toMap(Estimate::measure, e -> e));
        List<Map<String, Object>> stored = db.sql("select * from recomputed_sipas where round_id = ?"
                + " and superseded_at is null order by measure").param(round).query().listOfRows();
        assertThat(stored).hasSize(sipas.elements().size() + sipas.parts().size() + 1)
                .allSatisfy(r -> assertThat(List.of(r.get("unit_id"), r.get("predecessors"), r.get("origin"),
                        r.get("index_definition"), ((Number) r.get("respondents")).longValue()))
                        .isEqualTo(List.of(HAI_PHONG, "T63-30,T63-31", "RECOMPUTED", "sipas@1", 32L)));
        for (Map<String, Object> r : stored) {
            Estimate want = direct.get(((String) r.get("measure")).substring("sipas:".length()));
            assertThat((Double) r.get("estimate")).as((String) r.get("measure")).isCloseTo(want.estimate(),
                    within(1e-12));
            assertThat((Double) r.get("se")).isCloseTo(want.se(), within(1e-12));
            assertThat((Double) r.get("ci_low")).isCloseTo(want.ciLow(), within(1e-12));
            assertThat((Double) r.get("ci_high")).isCloseTo(want.ciHigh(), within(1e-12));
            assertThat(((Number) r.get("n")).longValue()).isEqualTo(want.n());
        }
        // Published once by the coordinator's recompute, once after publication: the first is kept, superseded.
        assertThat(db.sql("select count(*) from recomputed_sipas where round_id = ? and superseded_at is not null")
                .param(round).query(Integer.class).single()).isEqualTo(stored.size());
        assertThat(db.sql("select count(*) from recomputed_sipas where round_id = ? and unit_id <> ?")
                .params(round, HAI_PHONG).query(Integer.class).single()).isZero();

        Estimate overall = direct.get("overall");
        BigDecimal percent = new BigDecimal(BigDecimal.valueOf(overall.estimate() * 100)
                .setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString());
        assertThat(results.series(HAI_PHONG, "sipas")).filteredOn(p -> p.year() >= year)
                .extracting(SeriesPoint::year, SeriesPoint::unitName, SeriesPoint::value, SeriesPoint::comparability)
                .containsExactly(
                        tuple(year, "Hải Dương, Thành phố Hải Phòng", percent, SeriesPoint.Comparability.RECOMPUTED),
                        tuple(aggregatesOnly, "Hải Dương", new BigDecimal("79"),
                                SeriesPoint.Comparability.NOT_DIRECTLY_COMPARABLE),
                        tuple(aggregatesOnly, "Thành phố Hải Phòng", new BigDecimal("83"),
                                SeriesPoint.Comparability.NOT_DIRECTLY_COMPARABLE));
        SeriesPoint recomputedPoint = results.series(HAI_PHONG, "sipas").stream().filter(p -> p.year() == year)
                .findFirst().orElseThrow();
        assertThat(recomputedPoint.ciLow().doubleValue()).isCloseTo(overall.ciLow() * 100, within(0.006));
        assertThat(recomputedPoint.ciHigh().doubleValue()).isCloseTo(overall.ciHigh() * 100, within(0.006));
        // An element of the definition, asked by the history's name for it.
        assertThat(results.series(HAI_PHONG, "sipas:access")).filteredOn(p -> p.year() == year)
                .extracting(SeriesPoint::comparability).containsExactly(SeriesPoint.Comparability.RECOMPUTED);
        // Tuyên Quang: Tuyên Quang's old province has no microdata: its year stays not directly comparable.
        assertThat(results.series(TUYEN_QUANG, "sipas")).filteredOn(p -> p.year() == year)
                .extracting(SeriesPoint::unitId, SeriesPoint::comparability).containsExactly(
                        tuple("T63-02", SeriesPoint.Comparability.NOT_DIRECTLY_COMPARABLE),
                        tuple("T63-08", SeriesPoint.Comparability.NOT_DIRECTLY_COMPARABLE));

        // The public record: the same, from the published round.
        PublicRecord.Unit haiPhong = record.unit(HAI_PHONG).orElseThrow();
        assertThat(record.history(haiPhong, "sipas")).filteredOn(p -> p.year() >= year)
                .extracting(PublicRecord.Past::year, PublicRecord.Past::unitName, PublicRecord.Past::link)
                .containsExactly(tuple(year, "Hải Dương, Thành phố Hải Phòng", PublicRecord.Past.Link.RECOMPUTED),
                        tuple(aggregatesOnly, "Hải Dương", PublicRecord.Past.Link.MERGED),
                        tuple(aggregatesOnly, "Thành phố Hải Phòng", PublicRecord.Past.Link.MERGED));
        assertThat(record.history(haiPhong, "sipas").stream().filter(p -> p.year() == year).findFirst()
                .orElseThrow().value()).isEqualByComparingTo(percent);
    }

    @Test
    void aPublicationCorrectedAwayLeavesTheRecomputedFiguresUnseenAndOnlyTheMinistryAsksForARecompute() {
        int year = YEARS.getAndIncrement();
        String round = preMergerRound(year);
        assertThatThrownBy(() -> recomputed.recompute(round, TestActors.HAI_PHONG)).isInstanceOf(AccessDenied.class);
        String publication = publish(round, year);
        assertThat(results.series(HAI_PHONG, "sipas")).filteredOn(p -> p.year() == year)
                .extracting(SeriesPoint::comparability).containsExactly(SeriesPoint.Comparability.RECOMPUTED);

        db.sql("update publication set state = 'SUPERSEDED' where id = ?").param(publication).update();
        assertThat(results.series(HAI_PHONG, "sipas")).noneMatch(p -> p.year() == year);
        assertThat(record.history(record.unit(HAI_PHONG).orElseThrow(), "sipas")).noneMatch(p -> p.year() == year);
    }

    /** The same responses as the round's, each given its new province (or its own unit) as the domain. */
    private SurveyData directlyLabelled() {
        SurveyData.Builder builder = new SurveyData.Builder(sipas);
        for (Object[] c : COMMUNES) {
            byte[] codes = new byte[sipas.items().size()];
            Arrays.fill(codes, SurveyData.code(sipas.answers(), (String) c[3]));
            String unit = (String) c[0];
            for (int h = 0; h < (Integer) c[4]; h++) {
                builder.add(unit, (String) c[1], (Double) c[2], NEW_PROVINCE.getOrDefault(unit, unit), codes);
            }
        }
        return builder.build();
    }

    /** A round as the rounds capability stores it (it refuses the old provinces today; the table does not). */
    private String preMergerRound(int year) {
        String round = SurveyScene.round(db, year, "Đợt trước sáp nhập " + year, LocalDate.of(year, 9, 30),
                List.of("T63-02", "T63-30", "T63-31", "T63-38"));
        SurveyScene scene = new SurveyScene(db, round).approvedSample();
        for (Object[] c : COMMUNES) {
            for (int h = 0; h < (Integer) c[4]; h++) {
                scene.respond((String) c[0], (String) c[1], (Double) c[2], (String) c[3]);
            }
        }
        return round;
    }

    /** The council-approved version published, as the publication service commits it and announces it. */
    private String publish(String round, int year) {
        String code = "CB-" + year + "-01";
        return new TransactionTemplate(transactions).execute(status -> {
            String publication = new SurveyScene(db, round).published(year, code, "Kết quả");
            events.publishEvent(new Published(round, publication, code, year, null));
            return publication;
        });
    }

    private void past(String unit, int year, String value) {
        PastResults.past(db, unit, year, "sipas", value);
    }
}
