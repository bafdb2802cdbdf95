package vn.thuocdo.fieldwork.offline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.thuocdo.web.Languages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * The kit's shell: one page, its script, style sheet and service worker. The page carries its own texts (every
 * {@code offline.*} key of the bundles, as JSON data the script reads) so that, cached by the service worker, it
 * speaks Vietnamese with no server at all. Nothing in the shell is anyone's data: that comes from the JSON API.
 */
@Controller
class OfflineKitPages {

    static final String PAGE = "/thuc-dia/ngoai-tuyen";
    private static final String TEXTS = "<!--texts-->";

    private final ObjectMapper json;

    OfflineKitPages(ObjectMapper json) {
        this.json = json;
    }

    @GetMapping(PAGE)
    ResponseEntity<String> page() throws IOException {
        String html = read("index.html").replace(TEXTS, Html.escape(texts()));
        // The service worker keeps its own copy; the browser's HTTP cache must not serve a stale one beside it.
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .contentType(new MediaType("text", "html", StandardCharsets.UTF_8)).body(html);
    }

    @GetMapping(PAGE + "/sw.js")
    ResponseEntity<String> serviceWorker() throws IOException {
        // The worker lives beside the kit's files but serves the page itself, one level up.
        return ResponseEntity.ok().cacheControl(CacheControl.noCache())
                .header("Service-Worker-Allowed", PAGE)
                .contentType(new MediaType("text", "javascript", StandardCharsets.UTF_8)).body(read("sw.js"));
    }

    @GetMapping(PAGE + "/tep/{file}")
    ResponseEntity<String> file(@PathVariable String file) throws IOException {
        MediaType type = switch (file) {
            case "kit.js", "bieu-thuc.js", "kho.js" -> new MediaType("text", "javascript", StandardCharsets.UTF_8);
            case "kit.css" -> new MediaType("text", "css", StandardCharsets.UTF_8);
            default -> null;
        };
        if (type == null) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).contentType(type).body(read(file));
    }

    private String texts() throws JsonProcessingException {
        ResourceBundle bundle = ResourceBundle.getBundle("vaadin-i18n/translations", Languages.VIETNAMESE);
        Map<String, String> texts = new TreeMap<>();
        for (String key : bundle.keySet()) {
            if (key.startsWith("offline.")) {
                texts.put(key.substring("offline.".length()), bundle.getString(key));
            }
        }
        return json.writeValueAsString(texts);
    }

    private static String read(String file) throws IOException {
        return new String(new ClassPathResource("offline-kit/" + file).getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    /** Text inside a quoted attribute. */
    private static final class Html {
        static String escape(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        }
    }
}
