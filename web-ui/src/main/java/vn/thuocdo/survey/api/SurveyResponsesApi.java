package vn.thuocdo.survey.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.thuocdo.forms.FieldError;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.survey.response.BatchItem;
import vn.thuocdo.survey.response.BatchReply;
import vn.thuocdo.survey.response.ItemOutcome;
import vn.thuocdo.survey.response.RateLimits;
import vn.thuocdo.survey.response.Responses;
import vn.thuocdo.survey.response.SurveyWindow;
import vn.thuocdo.web.ApiError;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.Messages;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Survey responses from a partner's system (Vietnam Post's tablets, a province's kiosk): up to 500 per request,
 * each with the sender's own UUID so that a batch sent again after a lost reply is recognised, not stored twice.
 * The body's frame (an object with a list of objects) is checked whole and refused with 400; each item is then
 * checked on its own, and a bad item is a refusal in the 200 reply that never blocks the others. CREATED means the
 * response is committed. The body is taken as a tree, so that a value of the wrong type is the item's refusal,
 * not the JSON reader's refusal of the whole batch.
 */
@RestController
class SurveyResponsesApi {

    static final int MAX_ITEMS = 500;
    private static final int MAX_ROUND_ID = 36;
    private static final int MAX_STARTED_AT = 40;
    private static final int MAX_KEY_ECHO = 64;
    private static final String RESPONSES = "responses";

    private final Responses responses;
    private final SurveyWindow window;
    private final RateLimits rates;
    private final CurrentActor currentActor;

    SurveyResponsesApi(Responses responses, SurveyWindow window, RateLimits rates, CurrentActor currentActor) {
        this.responses = responses;
        this.window = window;
        this.rates = rates;
        this.currentActor = currentActor;
    }

    /** One item's outcome, worded in the caller's language. */
    record Item(String id, String outcome, String error, String message, List<ApiError.FieldProblem> fields) {
    }

    record Totals(int received, long created, long alreadyReceived, long refused) {
    }

    record Reply(String roundId, List<Item> responses, Totals totals) {
    }

    /** The frame of the body is wrong: a 400 naming the field, as every other endpoint names its fields. */
    static final class BadFrame extends RuntimeException {
        final String field;
        final String key;
        final List<Object> args;

        BadFrame(String field, String key, Object... args) {
            super(key, null, false, false);
            this.field = field;
            this.key = key;
            this.args = List.of(args);
        }
    }

    /** Too many requests from one sender this minute (429), or the write queue is full (503). */
    static final class Later extends RuntimeException {
        final HttpStatus status;
        final String key;

        Later(HttpStatus status, String key) {
            super(key, null, false, false);
            this.status = status;
            this.key = key;
        }
    }

    /** The round has no online survey: nothing to send answers to (404). */
    static final class NoSurvey extends RuntimeException {
        NoSurvey() {
            super("ingest.noSurvey", null, false, false);
        }
    }

    @PostMapping("/api/v1/rounds/{roundId}/survey/responses")
    Reply receive(@PathVariable String roundId, @RequestBody JsonNode body, HttpServletRequest http) {
        Actor actor = currentActor.get();
        if (!actor.has(Role.SURVEY_PARTNER)) {
            throw new AccessDenied(actor.username(), Role.SURVEY_PARTNER.key());
        }
        if (!rates.allow(RateLimits.Scope.CLIENT, actor.username())
                || !rates.allow(RateLimits.Scope.ADDRESS, http.getRemoteAddr())) {
            throw new Later(HttpStatus.TOO_MANY_REQUESTS, "ingest.tooMany");
        }
        if (roundId.length() > MAX_ROUND_ID || window.cached(roundId).isEmpty()) {
            throw new NoSurvey();
        }
        List<JsonNode> sent = frame(body);
        Locale locale = Messages.asked(http);
        // Items whose own shape is wrong are settled here; the others go to the one gate, in order.
        List<ItemOutcome> outcomes = new ArrayList<>(sent.size());
        List<BatchItem> wellFormed = new ArrayList<>();
        for (JsonNode node : sent) {
            ItemOutcome shape = shape(node);
            outcomes.add(shape);
            if (shape == null) {
                wellFormed.add(item(node));
            }
        }
        BatchReply reply;
        try {
            reply = responses.submitBatch(roundId, actor.username(), wellFormed);
        } catch (Rejected refused) {
            if (refused.key().equals("ingest.busy")) {
                throw new Later(HttpStatus.SERVICE_UNAVAILABLE, refused.key());
            }
            throw refused;
        }
        Iterator<ItemOutcome> checked = reply.items().iterator();
        List<Item> items = new ArrayList<>(outcomes.size());
        for (ItemOutcome outcome : outcomes) {
            items.add(worded(outcome == null ? checked.next() : outcome, locale));
        }
        long created = items.stream().filter(i -> i.outcome().equals("CREATED")).count();
        long already = items.stream().filter(i -> i.outcome().equals("ALREADY_RECEIVED")).count();
        return new Reply(roundId, items, new Totals(items.size(), created, already, items.size() - created - already));
    }

    /** {"responses": [ {...}, ... ]} with 1 to 500 objects and nothing else. */
    private static List<JsonNode> frame(JsonNode body) {
        if (body == null || body.isNull()) {
            throw new Rejected("api.bodyMissing");
        }
        if (!body.isObject()) {
            throw new Rejected("api.bodyNotObject");
        }
        Iterator<String> names = body.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!name.equals(RESPONSES)) {
                throw new BadFrame(echo(name), "ingest.fieldUnknown", echo(name));
            }
        }
        JsonNode list = body.get(RESPONSES);
        if (list == null || list.isNull()) {
            throw new BadFrame(RESPONSES, "ingest.responsesRequired");
        }
        if (!list.isArray()) {
            throw new BadFrame(RESPONSES, "ingest.responsesNotList");
        }
        if (list.isEmpty()) {
            throw new BadFrame(RESPONSES, "ingest.responsesEmpty");
        }
        if (list.size() > MAX_ITEMS) {
            throw new BadFrame(RESPONSES, "ingest.tooManyResponses", MAX_ITEMS, list.size());
        }
        List<JsonNode> items = new ArrayList<>(list.size());
        for (JsonNode item : list) {
            if (!item.isObject()) {
                throw new BadFrame(RESPONSES, "ingest.responseNotObject", items.size() + 1);
            }
            items.add(item);
        }
        return items;
    }

    /** What is wrong with an item's own fields, or null when it can be checked against its questionnaire. */
    private static ItemOutcome shape(JsonNode node) {
        JsonNode id = node.get("id");
        String itemId = id != null && id.isTextual() && id.textValue().length() <= MAX_ROUND_ID ? id.textValue() : null;
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!List.of("id", "code", "answers", "startedAt").contains(name)) {
                return refused(itemId, "ingest.fieldUnknown", echo(name));
            }
        }
        if (itemId == null) {
            return refused(null, "response.idNotUuid");
        }
        JsonNode code = node.get("code");
        if (code == null || code.isNull()) {
            return refused(itemId, "invitation.codeRequired");
        }
        if (!code.isTextual()) {
            return refused(itemId, "ingest.codeNotText");
        }
        JsonNode answers = node.get("answers");
        if (answers == null || !answers.isObject()) {
            return refused(itemId, "ingest.answersNotObject");
        }
        JsonNode started = node.get("startedAt");
        if (started != null && !started.isNull() && startedAt(started) == null) {
            return refused(itemId, "ingest.startedAtInvalid");
        }
        return null;
    }

    private static BatchItem item(JsonNode node) {
        JsonNode started = node.get("startedAt");
        return new BatchItem(node.get("id").textValue(), node.get("code").textValue(), vn.thuocdo.web.SentValues.of(node.get("answers"), true),
                started == null || started.isNull() ? null : startedAt(started));
    }

    /** An ISO-8601 instant ("2026-03-02T08:15:00Z" or with an offset), bounded before it is parsed. */
    private static Instant startedAt(JsonNode node) {
        if (!node.isTextual() || node.textValue().length() > MAX_STARTED_AT) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(node.textValue()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static ItemOutcome refused(String id, String key, Object... args) {
        return new ItemOutcome(id, ItemOutcome.Outcome.REFUSED, key, List.of(args), List.of());
    }

    /** A key the sender made up, echoed short enough to read. */
    private static String echo(String name) {
        return name.length() <= MAX_KEY_ECHO ? name : name.substring(0, MAX_KEY_ECHO - 1) + "…";
    }

    private static Item worded(ItemOutcome outcome, Locale locale) {
        String message = outcome.error() == null ? null : Messages.text(outcome.error(), outcome.args(), locale);
        List<ApiError.FieldProblem> fields = outcome.fields().stream().map(f -> field(f, locale)).toList();
        return new Item(outcome.id(), outcome.outcome().name(), outcome.error(), message, fields);
    }

    /** A question's refusal, named by its id (the sender's systems key their answers by it). */
    private static ApiError.FieldProblem field(FieldError error, Locale locale) {
        List<Object> args = new ArrayList<>(List.of(error.fieldKey()));
        args.addAll(error.args());
        return new ApiError.FieldProblem(error.fieldKey(), error.code(), Messages.text(error.code(), args, locale));
    }

    @ExceptionHandler(BadFrame.class)
    ResponseEntity<ApiError> badFrame(BadFrame bad, HttpServletRequest http) {
        return json(HttpStatus.BAD_REQUEST, ApiError.ofField(bad.key, bad.field, bad.args, Messages.asked(http)),
                new HttpHeaders());
    }

    /** 429 for one sender's pace, 503 for the whole queue: both say when to come back. */
    @ExceptionHandler(Later.class)
    ResponseEntity<ApiError> later(Later later, HttpServletRequest http) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(later.status == HttpStatus.TOO_MANY_REQUESTS
                ? rates.retryAfterSeconds(RateLimits.Scope.CLIENT) : 2));
        return json(later.status, ApiError.of(later.key, List.of(), Messages.asked(http)), headers);
    }

    @ExceptionHandler(NoSurvey.class)
    ResponseEntity<ApiError> noSurvey(NoSurvey none, HttpServletRequest http) {
        return json(HttpStatus.NOT_FOUND, ApiError.of("ingest.noSurvey", List.of(), Messages.asked(http)),
                new HttpHeaders());
    }

    private static ResponseEntity<ApiError> json(HttpStatus status, ApiError error, HttpHeaders headers) {
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new ResponseEntity<>(error, headers, status);
    }
}
