package vn.thuocdo.publication.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.thuocdo.publication.PublicRecord;
import vn.thuocdo.web.Messages;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The site's home ({@code /cong-khai}) and the rankings of a year ({@code /cong-khai/xep-hang}) with their chart
 * ({@code /cong-khai/xep-hang/bieu-do.png}), all from the year's current publication.
 */
@Controller
class RankingPages {

    static final String HOME = "/cong-khai";
    static final String RANKINGS = "/cong-khai/xep-hang";
    static final String CHART = "/cong-khai/xep-hang/bieu-do.png";

    private final PublicRecord record;
    private final SitePages pages;
    private final SiteCache cache;

    RankingPages(PublicRecord record, SitePages pages, SiteCache cache) {
        this.record = record;
        this.pages = pages;
        this.cache = cache;
    }

    @GetMapping({HOME, HOME + "/"})
    void home(@RequestParam(required = false) String lang, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        SiteLanguage language = SiteLanguage.of(lang);
        pages.answer(HOME, "cong-khai/trang-chu", HOME, language, () -> {
            List<PublicRecord.Publication> all = record.publications();
            return Map.of("latest", all.stream().limit(5).toList(), "years", record.years());
        }, request, response);
    }

    @GetMapping(RANKINGS)
    void rankings(@RequestParam(name = "nam", required = false) String nam,
                  @RequestParam(name = "loai", required = false) String loai,
                  @RequestParam(name = "chi-so", required = false) String chiSo,
                  @RequestParam(name = "sap-xep", required = false) String sapXep,
                  @RequestParam(required = false) String lang,
                  HttpServletRequest request, HttpServletResponse response) throws IOException {
        SiteLanguage language = SiteLanguage.of(lang);
        Integer asked = SiteParams.year(nam, "nam");
        Ranking.Kind kind = SiteParams.kind(loai);
        Ranking.Index index = SiteParams.index(chiSo);
        Ranking.Sort sort = SiteParams.sort(sapXep);
        List<Integer> years = record.years();
        Integer year = asked != null ? asked : years.stream().findFirst().orElse(null);
        PublicRecord.Publication publication = year == null ? null : record.current(year).orElse(null);
        if (asked != null && publication == null) {
            throw new SiteRefusal.NotFound("site.error.noYear", String.valueOf(asked));
        }
        String key = RANKINGS + "?" + year + "&" + kind + "&" + index + "&" + sort.param();
        String path = RANKINGS + "?nam=" + (year == null ? "" : year) + "&loai=" + kind.param() + "&chi-so="
                + index.param() + "&sap-xep=" + sort.param();
        pages.answer(key, "cong-khai/xep-hang", path, language, () -> {
            Map<String, Object> model = new HashMap<>();
            model.put("years", years);
            model.put("year", year);
            model.put("kind", kind.param());
            model.put("index", index.param());
            model.put("sort", sort);
            model.put("publication", publication);
            Ranking ranking = publication == null ? null
                    : Ranking.of(record.values(publication.id()), kind, index, sort, language.locale);
            model.put("ranking", ranking);
            model.put("next", Map.of("hang", sort.next(Ranking.Column.HANG), "ten", sort.next(Ranking.Column.TEN),
                    "gia-tri", sort.next(Ranking.Column.GIA_TRI), "nhom", sort.next(Ranking.Column.NHOM)));
            model.put("chart", ranking == null || ranking.charted().isEmpty() ? null
                    : CHART + "?nam=" + year + "&loai=" + kind.param() + "&chi-so=" + index.param()
                    + (language.param() == null ? "" : "&lang=en"));
            return model;
        }, request, response);
    }

    @GetMapping(CHART)
    void chart(@RequestParam(name = "nam") String nam, @RequestParam(name = "loai", required = false) String loai,
               @RequestParam(name = "chi-so", required = false) String chiSo,
               @RequestParam(required = false) String lang,
               HttpServletRequest request, HttpServletResponse response) throws IOException {
        SiteLanguage language = SiteLanguage.of(lang);
        Integer asked = SiteParams.year(nam, "nam");
        if (asked == null) {
            throw new SiteRefusal.BadRequest("site.error.badParameter", "nam");
        }
        int year = asked;
        Ranking.Kind kind = SiteParams.kind(loai);
        Ranking.Index index = SiteParams.index(chiSo);
        PublicRecord.Publication publication = record.current(year)
                .orElseThrow(() -> new SiteRefusal.NotFound("site.error.noYear", String.valueOf(year)));
        Rendered png = cache.get(language.code() + " " + CHART + year + kind + index, () -> {
            Ranking ranking = Ranking.of(record.values(publication.id()), kind, index, Ranking.Sort.DEFAULT,
                    language.locale);
            return Rendered.of(RankingChart.png(ranking.charted(),
                    Messages.text("site.rankings.axis", List.of(), language.locale)), "image/png");
        });
        SitePages.send(png, SitePages.PAGE_CACHE, language, request, response);
    }
}
