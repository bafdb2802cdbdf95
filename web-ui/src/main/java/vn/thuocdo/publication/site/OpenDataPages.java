package vn.thuocdo.publication.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.thuocdo.publication.FileKind;
import vn.thuocdo.publication.PublicRecord;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code /cong-khai/du-lieu}: each year's open datasets (CSV, JSON) and data dictionary, those of the year's current
 * publication; {@code /cong-khai/du-lieu/<year>/<file>} is the stable address of one: it always serves the year's
 * current publication's file of that name, so after a correction the same address gives the corrected data (cached
 * briefly, with the file's SHA-256 as ETag), while the publication's own address keeps the old bytes.
 */
@Controller
class OpenDataPages {

    static final String PAGE = "/cong-khai/du-lieu";
    /** A dictionary shown on the page is read whole: beyond this it is linked only. */
    private static final long SHOWN_DICTIONARY_BYTES = 256 * 1024;

    private final PublicRecord record;
    private final SitePages pages;

    OpenDataPages(PublicRecord record, SitePages pages) {
        this.record = record;
        this.pages = pages;
    }

    /** One year's open files with their stable addresses, and its dictionary's rows when it is a small CSV. */
    record Year(int year, PublicRecord.Publication publication, List<PublicRecord.File> files,
                List<List<String>> dictionary) {
    }

    @GetMapping(PAGE)
    void page(@RequestParam(required = false) String lang, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        SiteLanguage language = SiteLanguage.of(lang);
        pages.answer(PAGE, "cong-khai/du-lieu", PAGE, language, () -> {
            List<Year> years = new ArrayList<>();
            for (int year : record.years()) {
                record.current(year).ifPresent(p -> {
                    List<PublicRecord.File> open = open(p);
                    years.add(new Year(year, p, open, dictionary(open)));
                });
            }
            return Map.of("years", years);
        }, request, response);
    }

    @GetMapping(PAGE + "/{year}/{file}")
    void file(@PathVariable String year, @PathVariable String file, HttpServletRequest request,
              HttpServletResponse response) throws IOException {
        Integer y = SiteParams.year(year, "year");
        String name = SiteParams.path(file);
        PublicRecord.Publication publication = record.current(y)
                .orElseThrow(() -> new SiteRefusal.NotFound("site.error.noYear", String.valueOf(y)));
        PublicRecord.File found = open(publication).stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new SiteRefusal.NotFound("site.error.noFile", name));
        PublicationPages.send(found, "public, max-age=300", record, request, response);
    }

    private List<PublicRecord.File> open(PublicRecord.Publication publication) {
        return record.files(publication.id()).stream()
                .filter(f -> f.kind() == FileKind.DATASET || f.kind() == FileKind.DICTIONARY).toList();
    }

    /** The dictionary's rows (a header then one row per column described), or none when not a small CSV. */
    private List<List<String>> dictionary(List<PublicRecord.File> files) {
        for (PublicRecord.File f : files) {
            if (f.kind() == FileKind.DICTIONARY && f.contentType().startsWith("text/csv")
                    && f.size() <= SHOWN_DICTIONARY_BYTES) {
                Path bytes = record.content(f).orElse(null);
                if (bytes == null) {
                    return List.of();
                }
                try {
                    return Csv.rows(Files.readString(bytes, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    return List.of();
                }
            }
        }
        return List.of();
    }

    /** RFC 4180 as the datasets are written: quoted fields may hold commas, quotes (doubled) and line breaks. */
    static final class Csv {
        private Csv() {
        }

        static List<List<String>> rows(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < t.length() && t.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < t.length() && t.charAt(i + 1) == '\n') {
                        i++;
                    }
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else {
                    field.append(c);
                }
            }
            if (field.length() > 0 || !row.isEmpty()) {
                row.add(field.toString());
                rows.add(row);
            }
            return rows;
        }
    }
}
