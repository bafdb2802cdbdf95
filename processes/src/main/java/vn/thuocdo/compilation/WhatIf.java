package vn.thuocdo.compilation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thuocdo.forms.Text;
import vn.thuocdo.forms.index.OfficialsMeasures;
import vn.thuocdo.forms.scorecard.Area;
import vn.thuocdo.forms.scorecard.ParIndex;
import vn.thuocdo.forms.scorecard.Scorecard;
import vn.thuocdo.forms.scorecard.SubCriterion;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.scorecard.ScorecardLibrary;
import vn.thuocdo.shared.Rejected;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The council's what-if (#13): a version's PAR INDEX recomputed in memory under other area weights or another share
 * of the survey in the total, with the same arithmetic ({@link ParIndex}: survey points, percent, exact-tie ranks)
 * and the same group table ({@link ParIndexGroups}, the DMN), side by side with the real results. Nothing is
 * written: {@code index_result} stays as the version computed it.
 *
 * <p>From the version: each unit's points per area ({@code par:area:*}), its real rank, percent and group
 * ({@code par:total}) and its SIPAS and officials' shares ({@code sipas:element:*}, {@code officials:*}), from which
 * {@link ParIndex#surveyPoints} gives the survey sub-criteria's points again, so each area splits into self-scored and
 * survey points.
 *
 * <p>The scenario: per area of a kind's scorecard a weight multiplier (0 to 10: points and maximum multiplied), and
 * per kind the survey's share of the maximum in percent (0 to 100: the survey sub-criteria scaled to that share of
 * the weighted maximum, the self-scored ones to the rest; for provinces the shipped scorecard's share is 24 of 100).
 */
@Service
public class WhatIf {

    public static final BigDecimal MAX_WEIGHT = BigDecimal.TEN;
    public static final BigDecimal MAX_SHARE = BigDecimal.valueOf(100);
    /** At most this many area weights in one scenario (the scorecards have 7 and 8 areas). */
    public static final int MAX_AREAS = 40;
    /** Decimals allowed in a weight or a share. */
    public static final int MAX_DECIMALS = 2;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String ELEMENT = "sipas:";

    /**
     * Area weights keyed {@code KIND:code} ({@code PROVINCE:8}), survey shares keyed by kind ({@code PROVINCE}), in
     * percent of the maximum; what is not given stays as the scorecard has it.
     */
    public record Scenario(Map<String, BigDecimal> areaWeights, Map<String, BigDecimal> surveyShares) {
        public Scenario {
            areaWeights = areaWeights == null ? Map.of() : Map.copyOf(areaWeights);
            surveyShares = surveyShares == null ? Map.of() : Map.copyOf(surveyShares);
        }

        public static Scenario unchanged() {
            return new Scenario(Map.of(), Map.of());
        }

        public static String areaKey(Scorecard.Kind kind, String areaCode) {
            return kind.name() + ":" + areaCode;
        }
    }

    /** One scorecard of the version, what the scenario's inputs are about: its areas and its survey share now. */
    public record Card(Scorecard.Kind kind, String scorecardId, List<AreaInput> areas, BigDecimal surveyShare) {
    }

    public record AreaInput(String code, Text title, BigDecimal maxPoints) {
    }

    /** A unit's real and what-if result; {@code movement} = real rank − what-if rank (positive: up). */
    public record Row(String unitId, String unitKind, Integer realRank, Double realPercent, String realGroup,
                      BigDecimal points, BigDecimal maxPoints, BigDecimal percent, Integer rank, String group) {
        public Integer movement() {
            return realRank == null || rank == null ? null : realRank - rank;
        }
    }

    /** One unit's numbers from the version, split by area into self-scored and survey points. */
    record UnitNumbers(String unitId, String unitKind, Scorecard scorecard, Map<String, BigDecimal> selfPoints,
                       Map<String, BigDecimal> surveyPoints, Integer realRank, Double realPercent, String realGroup) {
    }

    private final Compilations compilations;
    private final CompilationStore store;
    private final ScorecardLibrary scorecards;
    private final ParIndexGroups groups;

    WhatIf(Compilations compilations, CompilationStore store, ScorecardLibrary scorecards, ParIndexGroups groups) {
        this.compilations = compilations;
        this.store = store;
        this.scorecards = scorecards;
        this.groups = groups;
    }

    /** The scorecards of the version (one per kind of unit): what the scenario may weigh. */
    @Transactional(readOnly = true)
    public List<Card> cards(String roundId, String versionId, Actor actor) {
        return cardsOf(version(roundId, versionId, actor)).values().stream().map(WhatIf::card).toList();
    }

    /** The what-if of a version: every ranked unit, provinces first, by what-if rank. Writes nothing. */
    @Transactional(readOnly = true)
    public List<Row> compute(String roundId, String versionId, Scenario scenario, Actor actor) {
        ResultVersion version = version(roundId, versionId, actor);
        Map<Scorecard.Kind, Scorecard> cards = cardsOf(version);
        validate(scenario, cards);
        return apply(load(version.id(), cards), scenario);
    }

    private ResultVersion version(String roundId, String versionId, Actor actor) {
        // Coordinators of the organiser and the round's council members only (refused and audited otherwise).
        return compilations.versions(roundId, actor).stream().filter(v -> v.id().equals(versionId)).findFirst()
                .orElseThrow(() -> new Rejected("compilation.noVersion"));
    }

    private Map<Scorecard.Kind, Scorecard> cardsOf(ResultVersion version) {
        Map<Scorecard.Kind, Scorecard> cards = new LinkedHashMap<>();
        String used = version.scorecards() == null ? "" : version.scorecards();
        Arrays.stream(used.split(",")).map(String::strip).filter(s -> !s.isEmpty()).sorted()
                .map(scorecards::find).flatMap(java.util.Optional::stream)
                .sorted(java.util.Comparator.comparing(Scorecard::kind))
                .forEach(s -> cards.putIfAbsent(s.kind(), s));
        return cards;
    }

    private static Card card(Scorecard s) {
        return new Card(s.kind(), s.id(), s.areas().stream()
                .map(a -> new AreaInput(a.code(), a.title(), a.maxPoints())).toList(),
                s.surveyMaximum().multiply(HUNDRED).divide(s.totalPoints(), MAX_DECIMALS, RoundingMode.HALF_UP));
    }

    /** Bounded, strict: weights 0..10 and shares 0..100 with at most 2 decimals, areas and kinds of the version. */
    static void validate(Scenario scenario, Map<Scorecard.Kind, Scorecard> cards) {
        if (scenario.areaWeights().size() > MAX_AREAS) {
            throw new Rejected("compilation.whatIf.tooManyAreas", MAX_AREAS);
        }
        for (Map.Entry<String, BigDecimal> e : scenario.areaWeights().entrySet()) {
            String key = e.getKey() == null ? "" : e.getKey();
            String[] parts = key.split(":", 2);
            Scorecard card = parts.length == 2 ? kind(parts[0]).map(cards::get).orElse(null) : null;
            if (key.length() > 40 || card == null || card.areas().stream().noneMatch(a -> a.code().equals(parts[1]))) {
                throw new Rejected("compilation.whatIf.unknownArea", key.length() > 40 ? key.substring(0, 40) : key);
            }
            BigDecimal w = e.getValue();
            if (w == null || w.signum() < 0 || w.compareTo(MAX_WEIGHT) > 0 || w.stripTrailingZeros().scale() > MAX_DECIMALS) {
                throw new Rejected("compilation.whatIf.weightOutOfRange", parts[1], MAX_WEIGHT);
            }
        }
        for (Map.Entry<String, BigDecimal> e : scenario.surveyShares().entrySet()) {
            Scorecard card = kind(e.getKey()).map(cards::get).orElse(null);
            if (card == null) {
                throw new Rejected("compilation.whatIf.unknownKind");
            }
            BigDecimal share = e.getValue();
            if (share == null || share.signum() < 0 || share.compareTo(MAX_SHARE) > 0
                    || share.stripTrailingZeros().scale() > MAX_DECIMALS) {
                throw new Rejected("compilation.whatIf.shareOutOfRange", MAX_SHARE);
            }
        }
    }

    private static java.util.Optional<Scorecard.Kind> kind(String name) {
        return Arrays.stream(Scorecard.Kind.values()).filter(k -> k.name().equals(name)).findFirst();
    }

    /** The version's numbers, in four queries: area points, totals (real ranks), SIPAS elements, officials' index. */
    List<UnitNumbers> load(String versionId, Map<Scorecard.Kind, Scorecard> cards) {
        Map<String, Map<String, BigDecimal>> areaPoints = new HashMap<>();
        for (IndexResult r : store.rows(versionId, IndexResult.PAR_AREA)) {
            areaPoints.computeIfAbsent(r.unitId(), u -> new HashMap<>())
                    .put(r.measure().substring(IndexResult.PAR_AREA.length()), CompilationStore.orZero(r.points()));
        }
        Map<String, Map<String, Double>> shares = new HashMap<>();
        for (IndexResult r : store.rows(versionId, ELEMENT + "element:")) {
            if (r.estimate() != null) {
                shares.computeIfAbsent(r.unitId(), u -> new HashMap<>()).put(r.measure(), r.estimate());
            }
        }
        // The officials' index under the scorecards' names (officials:element:direction → officials:direction).
        for (IndexResult r : store.rows(versionId, OfficialsMeasures.PREFIX)) {
            if (r.estimate() != null) {
                shares.computeIfAbsent(r.unitId(), u -> new HashMap<>()).put(OfficialsMeasures.scorecard(
                        r.measure().substring(OfficialsMeasures.PREFIX.length())), r.estimate());
            }
        }
        List<UnitNumbers> units = new ArrayList<>();
        for (IndexResult total : store.rows(versionId, IndexResult.PAR_TOTAL)) {
            Scorecard card = cards.get(kindOf(total.unitKind()));
            // A unit that did not assess itself is outside the ranking in the computation, and so in a what-if.
            if (card == null || IndexResult.NO_ASSESSMENT.equals(total.note())) {
                continue;
            }
            Map<String, BigDecimal> survey = surveyByArea(card,
                    ParIndex.surveyPoints(card, shares.getOrDefault(total.unitId(), Map.of())));
            Map<String, BigDecimal> self = new LinkedHashMap<>();
            Map<String, BigDecimal> areas = areaPoints.getOrDefault(total.unitId(), Map.of());
            for (Area area : card.areas()) {
                self.put(area.code(), areas.getOrDefault(area.code(), BigDecimal.ZERO)
                        .subtract(survey.getOrDefault(area.code(), BigDecimal.ZERO)));
            }
            units.add(new UnitNumbers(total.unitId(), total.unitKind(), card, self, survey, total.rank(),
                    total.estimate(), total.group()));
        }
        return units;
    }

    private static Scorecard.Kind kindOf(String unitKind) {
        return kind(unitKind).orElse(null);
    }

    private static Map<String, BigDecimal> surveyByArea(Scorecard card, Map<String, BigDecimal> bySub) {
        Map<String, BigDecimal> byArea = new HashMap<>();
        for (Area area : card.areas()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (var criterion : area.criteria()) {
                for (SubCriterion sub : criterion.subCriteria()) {
                    sum = sum.add(bySub.getOrDefault(sub.code(), BigDecimal.ZERO));
                }
            }
            byArea.put(area.code(), sum);
        }
        return byArea;
    }

    private static BigDecimal surveyMax(Area area) {
        return area.criteria().stream().flatMap(c -> c.subCriteria().stream()).filter(s -> !s.selfScored())
                .map(SubCriterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The scenario over loaded numbers: in memory, the same ranking and group table as the compilation. */
    List<Row> apply(List<UnitNumbers> units, Scenario scenario) {
        Map<String, List<ParIndex.Total>> byKind = new LinkedHashMap<>();
        Map<String, UnitNumbers> byId = new HashMap<>();
        Map<Scorecard, BigDecimal[]> factors = new HashMap<>();
        for (UnitNumbers u : units) {
            BigDecimal[] f = factors.computeIfAbsent(u.scorecard(), c -> factors(c, scenario));
            BigDecimal points = BigDecimal.ZERO;
            for (Area area : u.scorecard().areas()) {
                BigDecimal w = weight(scenario, u.scorecard(), area);
                points = points.add(w.multiply(u.selfPoints().get(area.code()).multiply(f[0])
                        .add(u.surveyPoints().get(area.code()).multiply(f[1]))));
            }
            byId.put(u.unitId(), u);
            byKind.computeIfAbsent(u.unitKind(), k -> new ArrayList<>()).add(new ParIndex.Total(u.unitId(),
                    points.setScale(ParIndex.PERCENT_SCALE, RoundingMode.HALF_UP),
                    f[2].setScale(ParIndex.PERCENT_SCALE, RoundingMode.HALF_UP)));
        }
        Function<BigDecimal, String> group = groups.withoutHistory();
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, List<ParIndex.Total>> kind : byKind.entrySet()) {
            List<ParIndex.Ranked> ranked = ParIndex.rank(kind.getValue());
            java.util.Set<String> rankedIds = new java.util.HashSet<>();
            for (ParIndex.Ranked r : ranked) {
                UnitNumbers u = byId.get(r.unitId());
                rankedIds.add(r.unitId());
                rows.add(new Row(u.unitId(), u.unitKind(), u.realRank(), u.realPercent(), u.realGroup(), r.points(),
                        r.maximum(), r.percent(), r.rank(), group.apply(r.percent())));
            }
            for (ParIndex.Total t : kind.getValue()) {
                if (!rankedIds.contains(t.unitId())) {
                    UnitNumbers u = byId.get(t.unitId());
                    rows.add(new Row(u.unitId(), u.unitKind(), u.realRank(), u.realPercent(), u.realGroup(),
                            t.points(), t.maximum(), null, null, null));
                }
            }
        }
        return List.copyOf(rows);
    }

    private static BigDecimal weight(Scenario scenario, Scorecard card, Area area) {
        return scenario.areaWeights().getOrDefault(Scenario.areaKey(card.kind(), area.code()), BigDecimal.ONE);
    }

    /** {self-scored factor, survey factor, new maximum} of a scorecard under the scenario. */
    private static BigDecimal[] factors(Scorecard card, Scenario scenario) {
        BigDecimal self = BigDecimal.ZERO;
        BigDecimal survey = BigDecimal.ZERO;
        for (Area area : card.areas()) {
            BigDecimal w = weight(scenario, card, area);
            BigDecimal s = surveyMax(area);
            survey = survey.add(w.multiply(s));
            self = self.add(w.multiply(area.maxPoints().subtract(s)));
        }
        BigDecimal maximum = self.add(survey);
        BigDecimal share = scenario.surveyShares().get(card.kind().name());
        if (share == null) {
            return new BigDecimal[] {BigDecimal.ONE, BigDecimal.ONE, maximum};
        }
        if ((share.signum() > 0 && survey.signum() == 0) || (share.compareTo(MAX_SHARE) < 0 && self.signum() == 0)) {
            throw new Rejected("compilation.whatIf.shareImpossible");
        }
        BigDecimal surveyFactor = survey.signum() == 0 ? BigDecimal.ZERO
                : maximum.multiply(share).divide(HUNDRED.multiply(survey), 12, RoundingMode.HALF_UP);
        BigDecimal selfFactor = self.signum() == 0 ? BigDecimal.ZERO
                : maximum.multiply(HUNDRED.subtract(share)).divide(HUNDRED.multiply(self), 12, RoundingMode.HALF_UP);
        return new BigDecimal[] {selfFactor, surveyFactor, maximum};
    }
}
