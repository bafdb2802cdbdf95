package vn.thuocdo.survey.page;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.thuocdo.forms.Answer;
import vn.thuocdo.forms.FieldError;
import vn.thuocdo.forms.questionnaire.Completeness;
import vn.thuocdo.forms.questionnaire.Question;
import vn.thuocdo.forms.questionnaire.QuestionKind;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.forms.questionnaire.Section;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.shared.TimeZones;
import vn.thuocdo.survey.invitation.InvitationCode;
import vn.thuocdo.survey.response.Channel;
import vn.thuocdo.survey.response.DraftSaved;
import vn.thuocdo.survey.response.InvalidResponse;
import vn.thuocdo.survey.response.RateLimits;
import vn.thuocdo.survey.response.Respondent;
import vn.thuocdo.survey.response.Responses;
import vn.thuocdo.survey.ui.RefusalText;
import vn.thuocdo.web.Languages;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The public survey: a household's or an official's invitation code opens their questionnaire, one section a page,
 * without an account, a session or a cookie. Every step goes through {@link Responses}, the same gate as the
 * partners' API: the code is checked again on each request, answers are read by the questionnaire, and skip logic
 * is decided here on the server (the page's script only asks). Works without JavaScript: the buttons post the form.
 */
@Controller
class PublicSurveyController {

    private static final Logger log = LoggerFactory.getLogger(PublicSurveyController.class);
    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);
    /** The typed code as a rate-limit key: bounded as the parser bounds it, so the map never holds long junk. */
    private static final int CODE_KEY = 40;

    private final Responses responses;
    private final RateLimits limits;
    private final Clock clock;
    private final ObjectMapper json;

    PublicSurveyController(Responses responses, RateLimits limits, Clock clock, ObjectMapper json) {
        this.responses = responses;
        this.limits = limits;
        this.clock = clock;
        this.json = json;
    }

    @GetMapping("/khao-sat")
    ResponseEntity<String> codePage(HttpServletRequest request) {
        if (!limits.allow(RateLimits.Scope.ADDRESS, request.getRemoteAddr())) {
            return tooMany();
        }
        return page(HttpStatus.OK, Pages.codePage(null, null));
    }

    /** The code typed on the code page: a mistake is shown beside the field, any other refusal on its own page. */
    @PostMapping("/khao-sat")
    ResponseEntity<String> enter(@RequestParam(name = "ma", required = false) String code, HttpServletRequest request) {
        if (!allowed(request, code)) {
            return tooMany();
        }
        try {
            return page(HttpStatus.OK, Pages.section(resume(responses.enter(code), code)));
        } catch (Rejected refused) {
            if (refused.key().startsWith("invitation.") || refused.key().equals("response.unknownCode")) {
                String typed = code == null ? null : code.substring(0, Math.min(code.length(), CODE_KEY));
                return page(status(refused.key()), Pages.codePage(typed, Pages.t(refused.key(), refused.args().toArray())));
            }
            return refusal(refused);
        }
    }

    /** The link of a letter's QR code or an official's mail: straight to the questionnaire. */
    @GetMapping("/s/{code}")
    ResponseEntity<String> link(@PathVariable String code, HttpServletRequest request) {
        if (!allowed(request, code)) {
            return tooMany();
        }
        try {
            return page(HttpStatus.OK, Pages.section(resume(responses.enter(code), code)));
        } catch (Rejected refused) {
            return refusal(refused);
        }
    }

    /**
     * A section posted by its buttons: saved, then the same section again when the answers call for it (a refused
     * answer, a question that became relevant), else the next or previous section asked, or the final submission.
     */
    @PostMapping("/khao-sat/phieu")
    ResponseEntity<String> step(@RequestParam MultiValueMap<String, String> form, HttpServletRequest request) {
        String code = form.getFirst("ma");
        if (!allowed(request, code)) {
            return tooMany();
        }
        try {
            Questionnaire questionnaire = responses.enter(code).questionnaire();
            Section section = section(questionnaire, form.getFirst("phan"));
            Map<String, Object> posted = posted(section, form);
            DraftSaved saved = responses.saveDraft(code, posted, section.id());
            LocalDate today = TimeZones.today(clock);
            Set<String> asked = asked(questionnaire, saved.saved(), today);
            Map<String, String> errors = messages(questionnaire, saved.refused(), asked);
            Map<String, Object> values = new HashMap<>(saved.saved());
            errors.keySet().forEach(id -> values.put(id, posted.get(id)));
            String move = form.getFirst("di") == null ? "tiep" : form.getFirst("di");
            Set<String> shown = new HashSet<>(Arrays.asList(String.valueOf(form.getFirst("hoi")).split(" ")));
            boolean appeared = section.questions().stream()
                    .anyMatch(q -> q.kind() != QuestionKind.NOTE && asked.contains(q.id()) && !shown.contains(q.id()));
            List<Section> open = open(questionnaire, asked);
            if (!errors.isEmpty() || (appeared && !move.equals("lui") && open.contains(section))) {
                return page(HttpStatus.OK, Pages.section(sheet(code, questionnaire, section, open, asked, values, errors)));
            }
            if (move.equals("gui")) {
                return submit(code, questionnaire, saved.saved(), open, asked, today);
            }
            int here = questionnaire.sections().indexOf(section);
            Section to = move.equals("lui")
                    ? open.stream().filter(s -> questionnaire.sections().indexOf(s) < here).reduce((a, b) -> b)
                    .orElse(open.get(0))
                    : open.stream().filter(s -> questionnaire.sections().indexOf(s) > here).findFirst()
                    .orElse(open.get(open.size() - 1));
            if (!to.equals(section)) {
                // Where they are now is where they resume with the same code later, on any device.
                responses.saveDraft(code, Map.of(), to.id());
            }
            return page(HttpStatus.OK, Pages.section(sheet(code, questionnaire, to, open, asked, values, Map.of())));
        } catch (Rejected refused) {
            return refusal(refused);
        }
    }

    private ResponseEntity<String> submit(String code, Questionnaire questionnaire, Map<String, Object> draft,
                                          List<Section> open, Set<String> asked, LocalDate today) {
        try {
            responses.submit(code, draft, Channel.WEB, null);
        } catch (InvalidResponse invalid) {
            Map<String, String> errors = messages(questionnaire, invalid.errors(), asked);
            Section first = open.stream().filter(s -> s.questions().stream().anyMatch(q -> errors.containsKey(q.id())))
                    .findFirst().orElse(open.get(0));
            return page(HttpStatus.UNPROCESSABLE_ENTITY,
                    Pages.section(sheet(code, questionnaire, first, open, asked, draft, errors)));
        }
        // Post, then redirect: reloading the thank-you page must not send the answers again.
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/khao-sat/cam-on"))
                .cacheControl(CacheControl.noStore()).build();
    }

    @GetMapping("/khao-sat/cam-on")
    ResponseEntity<String> thanks() {
        return page(HttpStatus.OK, Pages.thanks());
    }

    /**
     * The script's autosave: the section's fields as the form would post them. Answers with which questions of the
     * section are asked now and why refused answers were not saved; the script only shows and hides.
     */
    @PostMapping("/khao-sat/luu")
    ResponseEntity<String> save(@RequestParam MultiValueMap<String, String> form, HttpServletRequest request)
            throws IOException {
        String code = form.getFirst("ma");
        if (!allowed(request, code)) {
            return jsonReply(HttpStatus.TOO_MANY_REQUESTS, Map.of("loiChung", Pages.t("page.tooMany.body")));
        }
        try {
            Questionnaire questionnaire = responses.enter(code).questionnaire();
            Section section = section(questionnaire, form.getFirst("phan"));
            DraftSaved saved = responses.saveDraft(code, posted(section, form), section.id());
            Set<String> asked = asked(questionnaire, saved.saved(), TimeZones.today(clock));
            Map<String, Object> reply = new LinkedHashMap<>();
            reply.put("hoi", section.questions().stream().map(Question::id).filter(asked::contains).toList());
            reply.put("loi", messages(questionnaire, saved.refused(), asked));
            // A section skip logic opens or closes changes the count: "Phần 3/5" becomes "Phần 3/6".
            List<Section> open = open(questionnaire, asked);
            if (open.contains(section)) {
                int position = open.indexOf(section) + 1;
                reply.put("tienDo", List.of(Pages.t("survey.form.progress", position, open.size()), position, open.size()));
            }
            return jsonReply(HttpStatus.OK, reply);
        } catch (Rejected refused) {
            return jsonReply(status(refused.key()), Map.of("loiChung", Pages.t(refused.key(), refused.args().toArray())));
        }
    }

    /** Our own style sheet and script: cached a day, as they change only with a release. */
    @GetMapping("/khao-sat/tep/{file}")
    ResponseEntity<byte[]> asset(@PathVariable String file) throws IOException {
        MediaType type = switch (file) {
            case "trang.css" -> new MediaType("text", "css", StandardCharsets.UTF_8);
            case "trang.js" -> new MediaType("text", "javascript", StandardCharsets.UTF_8);
            default -> null;
        };
        if (type == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).cacheControl(CacheControl.noStore()).build();
        }
        byte[] body = new ClassPathResource("survey-page/" + file).getContentAsByteArray();
        return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .body(body);
    }

    /**
     * Any other path or method under the page's prefixes is answered here, by a page of ours: left to Spring, it
     * would be an error dispatch into the application's chain, which redirects to the sign-in page with a session.
     */
    // One pattern per request at most ("/khao-sat/**" also matches "/khao-sat"): a mapping matching with more
    // patterns would count as the more specific one and take requests from the real handlers.
    @RequestMapping(path = {"/khao-sat/**", "/s/**"})
    ResponseEntity<String> elsewhere(HttpServletRequest request) {
        String path = request.getRequestURI();
        boolean known = List.of("/khao-sat", Pages.FORM, Pages.SAVE, "/khao-sat/cam-on").contains(path)
                || path.startsWith("/khao-sat/tep/") || path.matches("/s/[^/]+");
        return known ? page(HttpStatus.METHOD_NOT_ALLOWED, Pages.refusalPage(Pages.t("page.refused.title"), Pages.t("page.badRequest")))
                : page(HttpStatus.NOT_FOUND, Pages.refusalPage(Pages.t("page.notFound.title"), Pages.t("page.notFound.body")));
    }

    /** A form without its fields, a parameter sent twice as a file...: a plain 400 page, never a 500. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<String> failed(Exception e) {
        if (e instanceof org.springframework.web.bind.ServletRequestBindingException
                || e instanceof org.springframework.web.HttpMediaTypeException
                || e instanceof IllegalArgumentException) {
            return page(HttpStatus.BAD_REQUEST, Pages.refusalPage(Pages.t("page.refused.title"), Pages.t("page.badRequest")));
        }
        log.error("The public survey page failed", e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR,
                Pages.refusalPage(Pages.t("page.refused.title"), Pages.t("page.failed")));
    }

    private Sheet resume(Respondent respondent, String code) {
        Questionnaire questionnaire = respondent.questionnaire();
        Set<String> asked = asked(questionnaire, respondent.draft(), TimeZones.today(clock));
        List<Section> open = open(questionnaire, asked);
        Section at = open.stream().filter(s -> s.id().equals(respondent.section())).findFirst().orElse(open.get(0));
        return sheet(code, questionnaire, at, open, asked, respondent.draft(), Map.of());
    }

    private static Sheet sheet(String code, Questionnaire questionnaire, Section section, List<Section> open,
                               Set<String> asked, Map<String, Object> values, Map<String, String> errors) {
        int position = open.indexOf(section) + 1;
        // As printed on the letter, whatever spelling was typed: the gate accepted it, so it parses.
        return new Sheet(InvitationCode.parse(code).display(), questionnaire, section, position, open.size(), asked, values, errors,
                position == open.size());
    }

    private static Section section(Questionnaire questionnaire, String id) {
        return questionnaire.sections().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new Rejected("response.sectionUnknown"));
    }

    /**
     * The section's answers as posted, raw for the questionnaire to read; a question of the section that is not in
     * the form (unticked, emptied, hidden because no longer asked) is sent as null, which removes its saved answer.
     * Other parameters are ignored: only this section's question ids are read.
     */
    private static Map<String, Object> posted(Section section, MultiValueMap<String, String> form) {
        Map<String, Object> raw = new HashMap<>();
        for (Question q : section.questions()) {
            if (q.kind() == QuestionKind.NOTE) {
                continue;
            }
            List<String> values = form.getOrDefault(q.id(), List.of()).stream().filter(v -> !v.isBlank()).toList();
            Object value = values.isEmpty() ? null
                    : q.kind() == QuestionKind.MULTIPLE_CHOICE ? values : values.get(0).strip();
            if (value == null) {
                value = form.getFirst(Pages.NOT_VALID + q.id());
            }
            raw.put(q.id(), value);
        }
        return raw;
    }

    /** The questions asked given the saved answers, decided by the questionnaire's own skip logic. */
    private static Set<String> asked(Questionnaire questionnaire, Map<String, Object> saved, LocalDate today) {
        Map<String, Answer> answers = questionnaire.read(saved, Completeness.DRAFT, today).answers();
        Set<String> asked = new HashSet<>();
        for (Question q : questionnaire.questions()) {
            if (questionnaire.relevant(q.id(), answers, today)) {
                asked.add(q.id());
            }
        }
        return asked;
    }

    /** The sections that ask something now; one skip logic leaves empty is passed over and not counted. */
    private static List<Section> open(Questionnaire questionnaire, Set<String> asked) {
        List<Section> open = questionnaire.sections().stream()
                .filter(s -> s.questions().stream().anyMatch(q -> asked.contains(q.id()))).toList();
        return open.isEmpty() ? questionnaire.sections() : open;
    }

    /** Each refusal of a question still asked, in words, without the label the page shows above it. */
    private static Map<String, String> messages(Questionnaire questionnaire, List<FieldError> refused, Set<String> asked) {
        Map<String, String> messages = new LinkedHashMap<>();
        for (FieldError error : refused) {
            if (!asked.contains(error.fieldKey()) || messages.containsKey(error.fieldKey())) {
                continue;
            }
            String label = questionnaire.question(error.fieldKey()).map(q -> q.label().in(Languages.VIETNAMESE))
                    .orElse(error.fieldKey());
            List<Object> args = new ArrayList<>();
            args.add(label);
            args.addAll(error.args());
            messages.put(error.fieldKey(), RefusalText.withoutLabel(Pages.t(error.code(), args.toArray()), label));
        }
        return messages;
    }

    private boolean allowed(HttpServletRequest request, String code) {
        if (!limits.allow(RateLimits.Scope.ADDRESS, request.getRemoteAddr())) {
            return false;
        }
        if (code == null || code.isBlank()) {
            return true;
        }
        String key = code.substring(0, Math.min(code.length(), CODE_KEY)).replace("-", "").replace(" ", "")
                .toUpperCase(java.util.Locale.ROOT);
        return limits.allow(RateLimits.Scope.CODE, key);
    }

    private ResponseEntity<String> refusal(Rejected refused) {
        String message = Pages.t(refused.key(), refused.args().toArray());
        return page(status(refused.key()), Pages.refusalPage(Pages.t(title(refused.key())), message));
    }

    private static String title(String key) {
        return switch (key) {
            case "response.alreadyAnswered" -> "page.refused.answered";
            case "response.closed", "response.notOpen", "response.notOpenYet" -> "page.refused.dates";
            default -> "page.refused.title";
        };
    }

    private static HttpStatus status(String key) {
        return switch (key) {
            case "response.unknownCode" -> HttpStatus.NOT_FOUND;
            case "response.codeVoid", "response.closed" -> HttpStatus.GONE;
            case "response.alreadyAnswered" -> HttpStatus.CONFLICT;
            case "response.notOpen", "response.notOpenYet" -> HttpStatus.FORBIDDEN;
            default -> HttpStatus.BAD_REQUEST;
        };
    }

    private static ResponseEntity<String> tooMany() {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, "60")
                .contentType(HTML).cacheControl(CacheControl.noStore())
                .body(Pages.refusalPage(Pages.t("page.tooMany.title"), Pages.t("page.tooMany.body")));
    }

    private static ResponseEntity<String> page(HttpStatus status, String html) {
        return ResponseEntity.status(status).contentType(HTML).cacheControl(CacheControl.noStore()).body(html);
    }

    private ResponseEntity<String> jsonReply(HttpStatus status, Object body) throws IOException {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).cacheControl(CacheControl.noStore())
                .body(json.writeValueAsString(body));
    }
}
