package vn.thuocdo.questions.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.thuocdo.questions.CitizenPosts;
import vn.thuocdo.questions.NewPost;
import vn.thuocdo.questions.PostKind;
import vn.thuocdo.questions.PostRates;
import vn.thuocdo.questions.PostRefused;
import vn.thuocdo.questions.PublishedPost;
import vn.thuocdo.questions.QuestionsSettings;
import vn.thuocdo.shared.Formats;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.shared.TimeZones;
import vn.thuocdo.web.PublicLinks;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public questions (hỏi - đáp) and feedback (góp ý) pages: the published posts, newest first, a page at a time,
 * and the form to send one. A post is checked (every field bounded first), counted against the sender's address
 * (429 past the limit, nothing kept), and then kept, or, when the hidden field was filled, dropped with the same
 * reply. Nothing unpublished is ever on these pages: they read {@link CitizenPosts#published} alone.
 */
@Controller
class QuestionsController {

    private static final Logger log = LoggerFactory.getLogger(QuestionsController.class);
    static final int PAGE_SIZE = 10;
    /** The hidden field people never fill (named as a bot expects a field to be named). */
    static final String HONEYPOT = "website";
    /** The form's name of each field a refusal may be about. */
    private static final Map<PostRefused.Field, String> FIELDS = Map.of(PostRefused.Field.BODY, "noi-dung",
            PostRefused.Field.UNIT, "don-vi", PostRefused.Field.NAME, "ten", PostRefused.Field.EMAIL, "email");

    private final CitizenPosts posts;
    private final PostRates rates;
    private final QuestionsSettings settings;
    private final MessageSource messages;

    QuestionsController(CitizenPosts posts, PostRates rates, QuestionsSettings settings, MessageSource messages) {
        this.posts = posts;
        this.rates = rates;
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping(QuestionsSite.QUESTIONS)
    String questions(HttpServletRequest request, HttpServletResponse response, Model model) {
        return list(PostKind.QUESTION, request, response, model);
    }

    @GetMapping(QuestionsSite.FEEDBACK)
    String feedback(HttpServletRequest request, HttpServletResponse response, Model model) {
        return list(PostKind.FEEDBACK, request, response, model);
    }

    @PostMapping(QuestionsSite.QUESTIONS)
    String ask(HttpServletRequest request, HttpServletResponse response, Model model) {
        return post(PostKind.QUESTION, request, response, model);
    }

    @PostMapping(QuestionsSite.FEEDBACK)
    String comment(HttpServletRequest request, HttpServletResponse response, Model model) {
        return post(PostKind.FEEDBACK, request, response, model);
    }

    @GetMapping({QuestionsSite.QUESTIONS + QuestionsSite.RECEIVED, QuestionsSite.FEEDBACK + QuestionsSite.RECEIVED})
    String received(HttpServletRequest request, HttpServletResponse response, Model model) {
        PostKind kind = request.getRequestURI().contains(QuestionsSite.FEEDBACK) ? PostKind.FEEDBACK : PostKind.QUESTION;
        frame(model, request, home(kind) + QuestionsSite.RECEIVED);
        model.addAttribute("kind", kind.name());
        model.addAttribute("back", home(kind));
        noStore(response);
        return "cong-khai/hoi-dap-da-gui";
    }

    /**
     * Any other path or method under the pages' prefixes: our own page, never an error dispatch into the signed-in
     * application's chain. One pattern each ("/**" also matches the page itself).
     */
    @RequestMapping({QuestionsSite.QUESTIONS + "/**", QuestionsSite.FEEDBACK + "/**"})
    String elsewhere(HttpServletRequest request, HttpServletResponse response, Model model) {
        String path = request.getRequestURI();
        boolean known = path.equals(QuestionsSite.QUESTIONS) || path.equals(QuestionsSite.FEEDBACK)
                || path.endsWith(QuestionsSite.RECEIVED);
        return notice(known ? HttpStatus.METHOD_NOT_ALLOWED : HttpStatus.NOT_FOUND,
                known ? "hoidap.refused.method" : "hoidap.refused.notFound", request, response, model);
    }

    @ExceptionHandler(Exception.class)
    String failed(Exception e, HttpServletRequest request, HttpServletResponse response, Model model) {
        if (e instanceof IllegalArgumentException || e instanceof org.springframework.web.bind.ServletRequestBindingException) {
            return notice(HttpStatus.BAD_REQUEST, "hoidap.refused.bad", request, response, model);
        }
        log.error("A questions page failed", e);
        return notice(HttpStatus.INTERNAL_SERVER_ERROR, "hoidap.refused.failed", request, response, model);
    }

    private String list(PostKind kind, HttpServletRequest request, HttpServletResponse response, Model model) {
        if (request.getAttribute(PostedForm.MALFORMED) != null) {
            return notice(HttpStatus.BAD_REQUEST, "hoidap.refused.bad", request, response, model);
        }
        int page = page(request.getParameter("trang"));
        if (page < 1) {
            return notice(HttpStatus.BAD_REQUEST, "hoidap.refused.page", request, response, model);
        }
        int total = posts.publishedCount(kind);
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        if (page > pages) {
            return notice(HttpStatus.NOT_FOUND, "hoidap.refused.notFound", request, response, model);
        }
        form(kind, model, request, Map.of(), Map.of());
        model.addAttribute("posts", posts.published(kind, (page - 1) * PAGE_SIZE, PAGE_SIZE).stream().map(Row::of).toList());
        model.addAttribute("page", page);
        model.addAttribute("pages", pages);
        // Published posts change when the moderator acts: a minute's cache is fresh enough and spares the database.
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic().getHeaderValue());
        return template(kind);
    }

    private String post(PostKind kind, HttpServletRequest request, HttpServletResponse response, Model model) {
        if (request.getAttribute(PostedForm.TOO_LARGE) != null) {
            return notice(HttpStatus.PAYLOAD_TOO_LARGE, "hoidap.refused.tooLarge", request, response, model);
        }
        if (request.getAttribute(PostedForm.MALFORMED) != null) {
            return notice(HttpStatus.BAD_REQUEST, "hoidap.refused.bad", request, response, model);
        }
        Map<String, String> typed = new LinkedHashMap<>();
        for (String field : List.of("ten", "email", "don-vi", "noi-dung")) {
            String value = request.getParameter(field);
            typed.put(field, value == null ? "" : value);
        }
        NewPost post = new NewPost(kind, typed.get("ten"), typed.get("email"), typed.get("don-vi"), typed.get("noi-dung"));
        try {
            String honeypot = request.getParameter(HONEYPOT);
            boolean bot = honeypot != null && !honeypot.isEmpty();
            posts.validate(post);
            PostRates.Verdict verdict = rates.take(request.getRemoteAddr());
            if (!verdict.allowed()) {
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(verdict.retryAfterSeconds()));
                model.addAttribute("args", new Object[] {settings.perWindow(), settings.window().toMinutes(),
                        settings.perDay()});
                return notice(HttpStatus.TOO_MANY_REQUESTS, "hoidap.refused.tooMany", request, response, model);
            }
            if (bot) {
                // Looks accepted to the program that filled it; kept nowhere but the audit trail.
                posts.discard(post, rates.hash(request.getRemoteAddr()));
            } else {
                posts.submit(post);
            }
        } catch (Rejected refused) {
            form(kind, model, request, typed, errors(refused, request));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            // The published list stays under the form, as on the page the person came from.
            model.addAttribute("posts", posts.published(kind, 0, PAGE_SIZE).stream().map(Row::of).toList());
            model.addAttribute("page", 1);
            model.addAttribute("pages", Math.max(1, (posts.publishedCount(kind) + PAGE_SIZE - 1) / PAGE_SIZE));
            noStore(response);
            return template(kind);
        }
        // Post, then redirect: reloading the page that says "received" must not send it again.
        String lang = "en".equals(request.getParameter("lang")) ? "?lang=en" : "";
        return "redirect:" + home(kind) + QuestionsSite.RECEIVED + lang;
    }

    private void form(PostKind kind, Model model, HttpServletRequest request, Map<String, String> typed,
                      Map<String, String> errors) {
        frame(model, request, home(kind));
        model.addAttribute("kind", kind.name());
        model.addAttribute("action", home(kind));
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("units", posts.subjects());
        // A number, so each language writes it its own way: 2.000 in Vietnamese, 2,000 in English.
        model.addAttribute("bodyMax", CitizenPosts.BODY_MAX);
    }

    private static void frame(Model model, HttpServletRequest request, String path) {
        boolean english = "en".equals(request.getParameter("lang"));
        model.addAttribute("lang", english ? "en" : "vi");
        model.addAttribute("path", path);
        // The shared layout's header links (they keep the language).
        model.addAttribute("u", new PublicLinks(english));
    }

    private String notice(HttpStatus status, String key, HttpServletRequest request, HttpServletResponse response,
                          Model model) {
        String path = request.getRequestURI();
        frame(model, request, QuestionsSite.ours(path) && path.startsWith(QuestionsSite.FEEDBACK)
                ? QuestionsSite.FEEDBACK : QuestionsSite.QUESTIONS);
        model.addAttribute("key", key);
        if (!model.containsAttribute("args")) {
            model.addAttribute("args", new Object[0]);
        }
        response.setStatus(status.value());
        noStore(response);
        return "cong-khai/hoi-dap-thong-bao";
    }

    /** Every refused field's message, by the form's name of the field, so each stands beside its own field. */
    private Map<String, String> errors(Rejected refused, HttpServletRequest request) {
        Map<PostRefused.Field, Rejected> reasons = refused instanceof PostRefused fields ? fields.reasons()
                : Map.of(PostRefused.Field.BODY, refused);
        Map<String, String> errors = new LinkedHashMap<>();
        reasons.forEach((field, reason) -> errors.put(FIELDS.get(field),
                messages.getMessage(reason.key(), reason.args().toArray(), reason.key(), request.getLocale())));
        return errors;
    }

    /** The page asked for: 1 when not given, 0 (refused) when it is no small whole number. */
    private static int page(String value) {
        if (value == null || value.isEmpty()) {
            return 1;
        }
        if (value.length() > 6 || !value.chars().allMatch(Character::isDigit)) {
            return 0;
        }
        return Integer.parseInt(value);
    }

    private static String home(PostKind kind) {
        return kind == PostKind.QUESTION ? QuestionsSite.QUESTIONS : QuestionsSite.FEEDBACK;
    }

    private static String template(PostKind kind) {
        return kind == PostKind.QUESTION ? "cong-khai/hoi-dap" : "cong-khai/gop-y";
    }

    private static void noStore(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
    }

    /** A published post as the page prints it: dates in Vietnam, dd/MM/yyyy. */
    record Row(String askerName, String unitName, String body, String answer, String askedOn, String publishedOn) {
        static Row of(PublishedPost post) {
            return new Row(post.askerName(), post.unitName(), post.body(), post.answer(), day(post.submittedAt()),
                    day(post.publishedAt()));
        }

        private static String day(Instant at) {
            return Formats.date(at.atZone(TimeZones.VIETNAM).toLocalDate());
        }
    }
}
