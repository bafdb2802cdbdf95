package vn.thuocdo.fieldwork.offline;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thuocdo.fieldwork.EntryMode;
import vn.thuocdo.fieldwork.FieldworkRound;
import vn.thuocdo.fieldwork.Interview;
import vn.thuocdo.fieldwork.Interviews;
import vn.thuocdo.forms.FieldError;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.survey.Questionnaires;
import vn.thuocdo.survey.response.InvalidResponse;
import vn.thuocdo.web.ApiError;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.Messages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The offline kit's JSON, under two doors with the same code: {@code /thuc-dia/ngoai-tuyen/api} for the kit in the
 * enumerator's browser (their session, the CSRF token in a header), and {@code /api/v1/fieldwork/offline} for a
 * partner's device software (HTTP Basic or a bearer token, no session). Every decision is the capability's, made
 * with the signed-in Actor; a refusal has the API's one error shape.
 */
@RestController
@RequestMapping({OfflineKitApi.KIT, OfflineKitApi.API})
class OfflineKitApi {

    static final String KIT = "/thuc-dia/ngoai-tuyen/api";
    static final String API = "/api/v1/fieldwork/offline";
    private static final int MAX_ROUND_ID = 36;

    private final KitDownload download;
    private final Interviews interviews;
    private final Questionnaires questionnaires;
    private final CurrentActor currentActor;

    OfflineKitApi(KitDownload download, Interviews interviews, Questionnaires questionnaires,
                  CurrentActor currentActor) {
        this.download = download;
        this.interviews = interviews;
        this.questionnaires = questionnaires;
        this.currentActor = currentActor;
    }

    /**
     * Who is signed in, and the CSRF token the kit sends back on its POSTs. Asked before every send, so a session
     * that expired while the tablet was offline is noticed (401) before anything is sent, and a new sign-in's token
     * is picked up without reloading the page.
     */
    @GetMapping("/phien")
    Map<String, Object> session(HttpServletRequest request) {
        Actor actor = currentActor.get();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", actor.username());
        body.put("displayName", actor.displayName());
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        body.put("csrfHeader", token == null ? null : token.getHeaderName());
        body.put("csrfToken", token == null ? null : token.getToken());
        return body;
    }

    @GetMapping("/dot")
    List<FieldworkRound> rounds() {
        return download.rounds(currentActor.get());
    }

    @GetMapping("/dot/{roundId}")
    Map<String, Object> round(@PathVariable String roundId, HttpServletRequest request) {
        if (roundId.length() > MAX_ROUND_ID) {
            throw new vn.thuocdo.shared.Rejected("offline.roundNotYours");
        }
        return download.round(currentActor.get(), roundId, Messages.asked(request));
    }

    /**
     * One interview from the device, keyed by the UUID the device chose: a draft ({@code "send": "DRAFT"}) or the
     * finished interview ({@code "FINAL"}). A resend after a lost reply finds what it stored and is answered the same.
     */
    @PostMapping(path = "/phieu/{interviewId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> send(@PathVariable String interviewId, @RequestBody(required = false) JsonNode body,
                             HttpServletRequest request) {
        Actor actor = currentActor.get();
        SentInterview sent = SentInterview.read(body);
        Interview stored;
        try {
            stored = sent.finished()
                    ? interviews.complete(actor, interviewId, sent.slot(), sent.answers(), sent.paradata(),
                    EntryMode.INTERVIEW)
                    : interviews.saveDraft(actor, interviewId, sent.slot(), sent.answers(), sent.paradata());
        } catch (InvalidResponse invalid) {
            throw new Refused(invalid, worded(actor, sent.slot(), invalid, Messages.asked(request)));
        }
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("id", stored.id());
        reply.put("slot", stored.slot());
        reply.put("state", stored.state().name());
        reply.put("version", stored.version());
        reply.put("updatedAt", stored.updatedAt() == null ? null : stored.updatedAt().toString());
        return reply;
    }

    @ExceptionHandler(SentInterview.Unreadable.class)
    ResponseEntity<ApiError> unreadable(SentInterview.Unreadable unreadable, HttpServletRequest request) {
        Locale locale = Messages.asked(request);
        SentInterview.Problem first = unreadable.problems.get(0);
        if (first.field() == null) {
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                    .body(ApiError.of(first.key(), List.of(), locale));
        }
        List<ApiError.FieldProblem> fields = unreadable.problems.stream()
                .map(p -> new ApiError.FieldProblem(p.field(), p.key(),
                        Messages.text(p.key(), List.of(p.field()), locale))).toList();
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(new ApiError(
                "offline.invalidBody", Messages.text("offline.invalidBody", List.of(fields.size()), locale), fields));
    }

    /** Answers the questionnaire refused, each with its question's id and worded with its label. */
    static final class Refused extends RuntimeException {
        final ApiError error;

        Refused(InvalidResponse cause, ApiError error) {
            super(cause.key(), null, false, false);
            this.error = error;
        }
    }

    private ApiError worded(Actor actor, long slot, InvalidResponse invalid, Locale locale) {
        Questionnaire questionnaire = questionnaires.find(interviews.open(actor, slot).questionnaire()).orElse(null);
        List<ApiError.FieldProblem> fields = new ArrayList<>();
        for (FieldError error : invalid.errors()) {
            List<Object> args = new ArrayList<>();
            args.add(questionnaire == null ? error.fieldKey() : questionnaire.question(error.fieldKey())
                    .map(q -> q.label().vi()).orElse(error.fieldKey()));
            args.addAll(error.args());
            fields.add(new ApiError.FieldProblem(error.fieldKey(), error.code(), Messages.text(error.code(), args, locale)));
        }
        return new ApiError(invalid.key(), Messages.text(invalid.key(), invalid.args(), locale), fields);
    }

    @ExceptionHandler(Refused.class)
    ResponseEntity<ApiError> refused(Refused refused) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON).body(refused.error);
    }
}
