package vn.thuocdo.publication.site;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.thuocdo.history.PreMergerRound;
import vn.thuocdo.history.RecomputedSipas;
import vn.thuocdo.testing.KaribuTest;
import vn.thuocdo.testing.PastResults;
import vn.thuocdo.testing.TestActors;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Today's Hải Phòng's public profile: 2183, a pre-merger round the system holds and published, shows the SIPAS
 * recomputed from Hải Dương's and Hải Phòng's microdata, labelled and the old provinces named; 2184, whose round was
 * recomputed but never published, shows only the old provinces' published figures, not directly comparable. PublicSiteTest's
 * context; years 2183-2184, below the site tests' 2191-2199.
 */
@TestPropertySource(properties = "thuocdo.test.context=assessment")
class PublicRecomputedTrendTest extends KaribuTest {

    @Autowired RecomputedSipas recomputed;
    @Autowired JdbcClient db;
    @Autowired SiteCache cache;

    @Test
    void aPublishedPreMergerYearShowsTheRecomputedSipasAndAnUnpublishedOneDoesNot() throws Exception {
        recomputed.recompute(PreMergerRound.make(db, 2183, true), TestActors.COORDINATOR);
        recomputed.recompute(PreMergerRound.make(db, 2184, false), TestActors.COORDINATOR);
        PastResults.past(db, "T63-30", 2184, "sipas", "79.5");
        PastResults.past(db, "T63-31", 2184, "sipas", "83");
        cache.clear();
        MockMvc http = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).apply(springSecurity())
                .build();

        String html = http.perform(get("/cong-khai/don-vi/T34-31")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String sipas = html.substring(html.indexOf("id=\"trend-sipas\""));
        sipas = sipas.substring(0, sipas.indexOf("</table>"));
        String recomputedYear = sipas.substring(sipas.indexOf(">2183<"), sipas.indexOf("</tr>", sipas.indexOf(">2183<")));
        assertThat(recomputedYear).contains("73,08", "Hải Dương, Thành phố Hải Phòng",
                "Tính lại từ dữ liệu gốc của các tỉnh cũ");
        String aggregatesOnly = sipas.substring(sipas.indexOf(">2184<"));
        assertThat(aggregatesOnly).contains("79,50", "83,00", "tỉnh đã hợp nhất, không so sánh trực tiếp")
                .doesNotContain("73,08", "Tính lại");
        assertThat(html).contains("id=\"trend-recomputed\"", "hệ thống còn giữ phiếu khảo sát");

        String english = http.perform(get("/cong-khai/don-vi/T34-31?lang=en")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("Recomputed from the old provinces’ microdata", "73.08");

        // For the screenshots at 360 and 1366 px (docs/public-site.md): the page as served, when asked for.
        String shots = System.getProperty("thuocdo.shots");
        if (shots != null) {
            Files.createDirectories(Path.of(shots));
            Files.writeString(Path.of(shots, "don-vi.html"), html);
        }
    }
}
