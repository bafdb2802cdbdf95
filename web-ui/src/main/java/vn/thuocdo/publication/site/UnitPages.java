package vn.thuocdo.publication.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.thuocdo.publication.PublicRecord;
import vn.thuocdo.publication.PublishedValue;
import vn.thuocdo.web.PublicPlans;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code /cong-khai/don-vi/<unitId>}: a unit's public profile ({@link UnitProfile}). */
@Controller
class UnitPages {

    static final String PROFILE = "/cong-khai/don-vi/";

    private final PublicRecord record;
    private final SitePages pages;
    private final PublicPlans plans;

    UnitPages(PublicRecord record, SitePages pages, PublicPlans plans) {
        this.record = record;
        this.pages = pages;
        this.plans = plans;
    }

    @GetMapping(PROFILE + "{unitId}")
    void profile(@PathVariable String unitId, @RequestParam(required = false) String lang,
                 HttpServletRequest request, HttpServletResponse response) throws IOException {
        SiteLanguage language = SiteLanguage.of(lang);
        String id = SiteParams.unit(unitId);
        PublicRecord.Unit unit = record.unit(id)
                .orElseThrow(() -> new SiteRefusal.NotFound("site.error.noUnit", id));
        pages.answer(PROFILE + id, "cong-khai/don-vi", PROFILE + id, language,
                () -> Map.of("profile", profile(unit)), request, response);
    }

    private UnitProfile profile(PublicRecord.Unit unit) {
        // Each year's current publication with this unit's numbers, newest first.
        List<Map.Entry<PublicRecord.Publication, List<PublishedValue>>> published = new ArrayList<>();
        for (int year : record.years()) {
            record.current(year).ifPresent(p -> {
                List<PublishedValue> own = record.values(p.id()).stream()
                        .filter(v -> v.unitId().equals(unit.id())).toList();
                if (!own.isEmpty()) {
                    published.add(Map.entry(p, own));
                }
            });
        }
        PublicRecord.Publication latest = published.isEmpty() ? null : published.get(0).getKey();
        List<PublishedValue> values = published.isEmpty() ? List.of() : published.get(0).getValue();
        var labels = latest == null ? Map.<String, vn.thuocdo.forms.Text>of() : record.labels(unit.kind(), latest.year());
        List<UnitProfile.Item> areas = UnitProfile.areas(values, labels);
        List<UnitProfile.Item> elements = UnitProfile.elements(values, labels);
        return new UnitProfile(unit, latest, measure(values, "par:total"), measure(values, "sipas:overall"), areas,
                elements, UnitProfile.extremes(areas, elements, true), UnitProfile.extremes(areas, elements, false),
                trend(unit, "par", "par:total", 1, published), trend(unit, "sipas", "sipas:overall", 100, published),
                record.targets(unit.id()),
                latest == null ? null : plans.signedOff(unit.id(), latest.year()).orElse(null));
    }

    /**
     * The series of past years ({@code published_result}, across the crosswalk) with the years the site itself
     * published added where the past values have none of the unit's own.
     */
    private List<UnitProfile.Trend> trend(PublicRecord.Unit unit, String pastMeasure, String measure, int scale,
                                          List<Map.Entry<PublicRecord.Publication, List<PublishedValue>>> published) {
        List<UnitProfile.Trend> trend = new ArrayList<>();
        for (PublicRecord.Past p : record.history(unit, pastMeasure)) {
            trend.add(new UnitProfile.Trend(p.year(), p.unitName(), p.value(), p.rank(), p.group(), p.link(), null));
        }
        Set<Integer> own = trend.stream().filter(t -> t.link() == PublicRecord.Past.Link.OWN)
                .map(UnitProfile.Trend::year).collect(Collectors.toSet());
        for (var entry : published) {
            PublicRecord.Publication p = entry.getKey();
            if (own.contains(p.year())) {
                continue;
            }
            trend.removeIf(t -> t.year() == p.year());
            entry.getValue().stream().filter(v -> v.measure().equals(measure) && v.estimate() != null).findFirst()
                    .ifPresent(v -> trend.add(new UnitProfile.Trend(p.year(), v.unitName(),
                            BigDecimal.valueOf(v.estimate() * scale).setScale(2, RoundingMode.HALF_UP), v.rank(),
                            v.group(), PublicRecord.Past.Link.OWN, p.code())));
        }
        trend.sort(Comparator.comparingInt(UnitProfile.Trend::year).thenComparing(UnitProfile.Trend::unitName));
        return trend;
    }

    private static PublishedValue measure(List<PublishedValue> values, String measure) {
        return values.stream().filter(v -> v.measure().equals(measure)).findFirst().orElse(null);
    }
}
