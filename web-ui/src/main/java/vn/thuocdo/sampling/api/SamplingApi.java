package vn.thuocdo.sampling.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.thuocdo.forms.FieldError;
import vn.thuocdo.forms.FormCatalogue;
import vn.thuocdo.forms.FormDefinition;
import vn.thuocdo.sampling.InvalidAnswers;
import vn.thuocdo.sampling.SamplingRequest;
import vn.thuocdo.sampling.SamplingRequests;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.Languages;
import vn.thuocdo.web.Messages;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Submissions from a province's own systems: the answers of the sampling form for a round and a unit, without the
 * task id a person gets from the inbox. The same checks as the screen, then the workflow takes it by correlation.
 * Values are JSON numbers or strings; the body is taken as a tree so a value of the wrong type is an error on its
 * field, not a refusal of the whole body by the JSON reader.
 */
@RestController
class SamplingApi {

    private final SamplingRequests sampling;
    private final CurrentActor currentActor;
    private final FormCatalogue forms;

    SamplingApi(SamplingRequests sampling, CurrentActor currentActor, FormCatalogue forms) {
        this.sampling = sampling;
        this.currentActor = currentActor;
        this.forms = forms;
    }

    /** What the submitting system needs back: where the request now stands. */
    record Submitted(String roundId, String unitId, String state, int revision, boolean late, Instant submittedAt) {
    }

    @PostMapping("/api/v1/rounds/{roundId}/sampling/{unitId}/submission")
    Submitted submit(@PathVariable String roundId, @PathVariable String unitId, @RequestBody JsonNode body) {
        // The same words as for a body Jackson could not map: one vocabulary for every endpoint.
        if (body == null || body.isNull()) {
            throw new Rejected("api.bodyMissing");
        }
        if (!body.isObject()) {
            throw new Rejected("api.bodyNotObject");
        }
        SamplingRequest request = sampling.submitFor(roundId, unitId, vn.thuocdo.web.SentValues.of(body, false), currentActor.get());
        return new Submitted(request.roundId(), request.unitId(), request.state().name(), request.revision(),
                request.submittedLate(), request.submittedAt());
    }

    /**
     * Every field's reason in the shared error shape ({@code error}, {@code message}, {@code fields}), as the screen
     * words it, so the sending system can point at each wrong value.
     */
    @ExceptionHandler(InvalidAnswers.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidAnswers invalid, HttpServletRequest http) {
        Locale locale = Messages.asked(http);
        FormDefinition form = forms.get(invalid.form());
        List<Map<String, String>> fields = invalid.errors().stream().map(e -> field(form, e, locale)).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", invalid.key());
        body.put("message", Messages.text(invalid.key(), invalid.args(), locale));
        body.put("fields", fields);
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(body);
    }

    /** As the screen words it: the field's label first, then the rule's figures. */
    private static Map<String, String> field(FormDefinition form, FieldError error, Locale locale) {
        String label = form.field(error.fieldKey()).map(f -> f.label().in(locale == null ? Languages.VIETNAMESE : locale))
                .orElse(error.fieldKey());
        List<Object> args = new ArrayList<>(List.of(label));
        args.addAll(error.args());
        Map<String, String> field = new LinkedHashMap<>();
        field.put("field", error.fieldKey());
        field.put("error", error.code());
        field.put("message", Messages.text(error.code(), args, locale));
        return field;
    }
}
