package vn.thuocdo.forms.scorecard;

import org.junit.jupiter.api.Test;
import vn.thuocdo.forms.DefinitionInvalid;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScorecardCatalogueTest {

    private final ScorecardCatalogue catalogue = ScorecardCatalogue.load();

    @Test
    void theMinistryScorecardHasTheSevenAreas38CriteriaAnd97SubCriteriaOfDecision876() {
        Scorecard ministry = catalogue.get("par-ministry-2022-v1");
        assertThat(ministry.kind()).isEqualTo(Scorecard.Kind.MINISTRY);
        assertThat(ministry.areas()).hasSize(7);
        assertThat(ministry.criteria()).hasSize(38);
        assertThat(ministry.subCriteria()).hasSize(97);
        assertThat(ministry.totalPoints()).isEqualByComparingTo("100");
        assertThat(ministry.surveyMaximum()).isEqualByComparingTo("31.5");
        assertThat(ministry.selfScoredMaximum()).isEqualByComparingTo("68.5");
        assertThat(ministry.areas()).extracting(a -> a.title().en()).containsExactly(
                "Direction and management of administrative reform", "Institutional reform",
                "Administrative-procedure reform", "Organisational reform", "Civil-service reform",
                "Public-finance reform", "E-government and digital government");
    }

    @Test
    void theProvinceScorecardHasEightAreasWithTheImpactOfReformLast() {
        Scorecard province = catalogue.get("par-province-2022-v1");
        assertThat(province.kind()).isEqualTo(Scorecard.Kind.PROVINCE);
        assertThat(province.areas()).hasSize(8);
        assertThat(province.criteria()).hasSize(43);
        assertThat(province.subCriteria()).hasSize(95);
        assertThat(province.totalPoints()).isEqualByComparingTo("100");
        assertThat(province.surveyMaximum()).isEqualByComparingTo(province.surveyPoints());
        assertThat(province.areas().get(7).title().en()).startsWith("Impact of reform");
        assertThat(province.areas().get(7).criteria()).flatExtracting(Criterion::subCriteria)
                .filteredOn(s -> !s.selfScored()).isNotEmpty();
    }

    @Test
    void theDefaultsUseEveryKindOfRuleAndSayTheyAreProvisional() {
        for (Scorecard scorecard : catalogue.all()) {
            assertThat(scorecard.provisional()).isTrue();
            assertThat(scorecard.source().vi()).contains("[A]");
            assertThat(scorecard.source().en()).contains("[A]");
            Map<String, Long> byType = scorecard.subCriteria().stream()
                    .collect(Collectors.groupingBy(s -> s.rule().type(), Collectors.counting()));
            assertThat(byType.keySet()).containsExactlyInAnyOrder("YES_NO", "TIERED", "FORMULA", "SURVEY");
            assertThat(scorecard.subCriteria()).filteredOn(SubCriterion::selfScored)
                    .allMatch(SubCriterion::requiresEvidence);
            assertThat(scorecard.subCriteria()).filteredOn(s -> !s.selfScored())
                    .noneMatch(SubCriterion::requiresEvidence);
        }
    }

    @Test
    void picksTheScorecardForAKindOfUnitAndAYear() {
        assertThat(catalogue.forYear(Scorecard.Kind.PROVINCE, 2025)).get().extracting(Scorecard::id)
                .isEqualTo("par-province-2022-v1");
        assertThat(catalogue.forYear(Scorecard.Kind.MINISTRY, 2030)).get().extracting(Scorecard::id)
                .isEqualTo("par-ministry-2022-v1");
        assertThat(catalogue.forYear(Scorecard.Kind.PROVINCE, 2100)).isPresent();
        assertThat(catalogue.forYear(Scorecard.Kind.PROVINCE, 2021)).isEmpty();
        assertThatThrownBy(() -> catalogue.get("par-province-1999-v1")).isInstanceOf(DefinitionInvalid.class);
    }

    @Test
    void anImportedOfficialScorecardWinsForItsYearsOnly() {
        Scorecard shipped = catalogue.get("par-province-2022-v1");
        Scorecard official = new Scorecard("par-province-2026-official", 1, Scorecard.Kind.PROVINCE,
                new Scorecard.Years(2026, 2027), shipped.title(), shipped.totalPoints(), shipped.surveyPoints(),
                false, shipped.source(), shipped.areas());
        Scorecard newer = new Scorecard("par-province-2026-official-2", 2, Scorecard.Kind.PROVINCE,
                new Scorecard.Years(2027, 2027), shipped.title(), shipped.totalPoints(), shipped.surveyPoints(),
                false, shipped.source(), shipped.areas());
        ScorecardCatalogue withOfficial = catalogue.with(List.of(official, newer));

        assertThat(withOfficial.forYear(Scorecard.Kind.PROVINCE, 2025)).get().extracting(Scorecard::id)
                .isEqualTo("par-province-2022-v1");
        assertThat(withOfficial.forYear(Scorecard.Kind.PROVINCE, 2026)).get().extracting(Scorecard::id)
                .isEqualTo("par-province-2026-official");
        assertThat(withOfficial.forYear(Scorecard.Kind.PROVINCE, 2027)).get().extracting(Scorecard::id)
                .isEqualTo("par-province-2026-official-2");
        assertThat(withOfficial.forYear(Scorecard.Kind.MINISTRY, 2026)).get().extracting(Scorecard::id)
                .isEqualTo("par-ministry-2022-v1");
        assertThat(withOfficial.isImported("par-province-2026-official")).isTrue();
        assertThat(withOfficial.all()).hasSize(4);
        assertThatThrownBy(() -> catalogue.with(List.of(shipped))).isInstanceOf(ScorecardInvalid.class)
                .hasMessageContaining("defined twice");
    }

    @Test
    void twoShippedDefinitionsOfOneKindMayNotShareAYear() {
        assertThatThrownBy(() -> ScorecardCatalogue.load(getClass().getClassLoader(),
                "scorecards/overlap/index.json"))
                .isInstanceOfSatisfying(ScorecardInvalid.class, e -> assertThat(e.problems())
                        .extracting(ScorecardProblem::code).containsExactly("scorecard.yearsOverlap"))
                .hasMessageContaining("par-ministry-2022-v1");
    }

    @Test
    void everyDefinitionInTheFolderIsListedInItsIndex() throws IOException, URISyntaxException {
        Path folder = Path.of(getClass().getClassLoader().getResource("forms/scorecards/index.json").toURI())
                .getParent();
        try (Stream<Path> files = Files.list(folder)) {
            List<String> definitions = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json") && !n.equals("index.json")).sorted().toList();
            assertThat(catalogue.all()).extracting(Scorecard::id)
                    .containsExactlyInAnyOrderElementsOf(definitions.stream().map(n -> n.replace(".json", ""))
                            .toList());
        }
    }

    @Test
    void theCanonicalJsonReadsBackEqual() {
        for (Scorecard scorecard : catalogue.all()) {
            String json = Scorecards.write(scorecard);
            assertThat(Scorecards.parse(json)).isEqualTo(scorecard);
            Map<String, BigDecimal> byCode = scorecard.subCriteria().stream()
                    .collect(Collectors.toMap(SubCriterion::code, SubCriterion::maxPoints));
            assertThat(Scoring.totals(scorecard, byCode).get("")).isEqualByComparingTo(scorecard.totalPoints());
            assertThat(scorecard.areas()).allSatisfy(a -> assertThat(Scoring.totals(scorecard, byCode)
                    .get(a.code())).isEqualByComparingTo(a.maxPoints()));
        }
    }
}
