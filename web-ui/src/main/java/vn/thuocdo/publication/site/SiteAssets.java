package vn.thuocdo.publication.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The site's own files ({@code static/cong-khai/tai-nguyen/}: style sheets, scripts, images), served here with an ETag rather than
 * left to whichever of Spring's and Vaadin's handlers would answer {@code /**} first; and every other address under
 * {@code /cong-khai} that no page answers, a 404 page in Vietnamese instead of a Vaadin route's.
 */
@Controller
class SiteAssets {

    static final String ASSETS = "/cong-khai/tai-nguyen/";

    private final Map<String, Rendered> loaded = new ConcurrentHashMap<>();

    @GetMapping(ASSETS + "{file:[a-z0-9-]{1,40}\\.(?:css|js|png|svg|ico)}")
    void asset(@PathVariable String file, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Rendered asset = loaded.computeIfAbsent(file, SiteAssets::load);
        if (asset.body().length == 0) {
            loaded.remove(file);
            throw new SiteRefusal.NotFound("site.error.notFound");
        }
        SitePages.send(asset, "public, max-age=86400", null, request, response);
    }

    @RequestMapping({"/cong-khai/**"})
    void unknown() {
        throw new SiteRefusal.NotFound("site.error.notFound");
    }

    private static Rendered load(String file) {
        ClassPathResource resource = new ClassPathResource("static" + ASSETS + file);
        if (!resource.exists()) {
            return new Rendered(new byte[0], "", "");
        }
        try (InputStream in = resource.getInputStream()) {
            String type = switch (file.substring(file.lastIndexOf('.') + 1)) {
                case "css" -> "text/css;charset=UTF-8";
                case "js" -> "text/javascript;charset=UTF-8";
                case "png" -> "image/png";
                case "svg" -> "image/svg+xml";
                default -> "image/x-icon";
            };
            return Rendered.of(in.readAllBytes(), type);
        } catch (IOException e) {
            return new Rendered(new byte[0], "", "");
        }
    }
}
