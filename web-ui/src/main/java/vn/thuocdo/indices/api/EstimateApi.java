package vn.thuocdo.indices.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thuocdo.forms.index.IndexCatalogue;
import vn.thuocdo.forms.index.IndexDefinition;
import vn.thuocdo.forms.index.IndexInvalid;
import vn.thuocdo.forms.index.IndexMessages;
import vn.thuocdo.forms.index.RankOptions;
import vn.thuocdo.forms.index.ResponsesCsv;
import vn.thuocdo.forms.index.ResponsesRefused;
import vn.thuocdo.forms.index.SurveyData;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.web.ApiError;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.Messages;

import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * {@code POST /api/v1/indices/estimate}: a statistician's responses CSV (multipart part {@code responses}) with the
 * design's column names as fields, and optionally an index definition (part {@code definition}, JSON; else the SIPAS
 * rule in force) and {@code replicates}/{@code seed} for rank intervals; the answer is the estimate command's CSV,
 * written by the same code ({@link RankOptions#writeEstimates}). Nothing is stored. Only the ministry's coordinators
 * and the survey statisticians may call it: it computes from microdata they bring, and appraisers judge scorecards,
 * not the survey. Every refusal is a 4xx in the API's error shape, Vietnamese unless English is asked for, naming
 * the part at fault; a fault in the file carries its row and column.
 */
@RestController
@EnableConfigurationProperties(EstimateLimits.class)
class EstimateApi {

    static final String PATH = "/api/v1/indices/estimate";

    private final CurrentActor currentActor;
    private final EstimateLimits limits;
    private final IndexCatalogue catalogue = IndexCatalogue.load();

    EstimateApi(CurrentActor currentActor, EstimateLimits limits) {
        this.currentActor = currentActor;
        this.limits = limits;
    }

    @PostMapping(PATH)
    ResponseEntity<String> estimate(HttpServletRequest request) {
        Actor actor = currentActor.get();
        if (!actor.has(Role.MINISTRY_COORDINATOR) && !actor.has(Role.SURVEY_STATISTICIAN)) {
            throw new AccessDenied(actor.username(), Role.SURVEY_STATISTICIAN.key());
        }
        EstimateUpload upload = EstimateUpload.read(request, limits.maxBytes());
        IndexDefinition definition = upload.definition() == null
                ? catalogue.latest("sipas").orElseThrow() : parse(upload.definition());
        RankOptions ranks = upload.wantsRanks() ? ranks(upload) : null;
        ResponsesCsv reader;
        try {
            reader = new ResponsesCsv(definition, new ResponsesCsv.Columns(upload.stratum(), upload.cluster(),
                    upload.weight(), upload.domain()), limits.maxRows());
        } catch (ResponsesRefused refused) {
            throw new UploadRefused(upload.fieldsNamed(String.valueOf(refused.args().get(0))), refused);
        }
        SurveyData data;
        try (InputStream in = upload.responses().getInputStream()) {
            data = reader.read(in);
        } catch (ResponsesRefused refused) {
            throw new UploadRefused(List.of(EstimateUpload.RESPONSES), refused);
        } catch (java.io.IOException e) {
            throw new UploadRefused(List.of(EstimateUpload.RESPONSES),
                    new ResponsesRefused("file.unreadable", EstimateUpload.RESPONSES, "I/O"));
        }
        StringWriter csv = new StringWriter();
        try {
            RankOptions.writeEstimates(definition, data, ranks, csv);
        } catch (ResponsesRefused refused) {
            throw new UploadRefused(List.of(EstimateUpload.REPLICATES), refused);
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"estimates.csv\"").body(csv.toString());
    }

    private static IndexDefinition parse(String json) {
        try {
            return vn.thuocdo.forms.index.Indices.parse(json);
        } catch (IndexInvalid invalid) {
            throw new DefinitionRefused(invalid);
        }
    }

    private static RankOptions ranks(EstimateUpload upload) {
        try {
            return RankOptions.parse(upload.replicates(), upload.seed());
        } catch (ResponsesRefused refused) {
            throw new UploadRefused(List.of(refused.code().equals("replicates.badSeed")
                    ? EstimateUpload.SEED : EstimateUpload.REPLICATES), refused);
        }
    }

    /** A refusal worded by the forms module (the file, the columns, the replicates), on the parts it concerns. */
    static final class UploadRefused extends RuntimeException {
        final List<String> fields;
        final ResponsesRefused refused;

        UploadRefused(List<String> fields, ResponsesRefused refused) {
            super(refused.code(), null, false, false);
            this.fields = fields;
            this.refused = refused;
        }
    }

    static final class DefinitionRefused extends RuntimeException {
        final IndexInvalid invalid;

        DefinitionRefused(IndexInvalid invalid) {
            super("index.invalid", null, false, false);
            this.invalid = invalid;
        }
    }

    @ExceptionHandler(UploadRefused.class)
    ResponseEntity<ApiError> refused(UploadRefused e, HttpServletRequest http) {
        Locale locale = Messages.asked(http);
        String message = e.refused.message(locale == null ? IndexMessages.VIETNAMESE : locale);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(new ApiError(e.refused.code(),
                message, e.fields.stream().map(f -> new ApiError.FieldProblem(f, e.refused.code(), message)).toList()));
    }

    @ExceptionHandler(DefinitionRefused.class)
    ResponseEntity<ApiError> invalid(DefinitionRefused e, HttpServletRequest http) {
        Locale locale = Messages.asked(http);
        String message = e.invalid.message(locale == null ? IndexMessages.VIETNAMESE : locale);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(new ApiError("index.invalid",
                message, List.of(new ApiError.FieldProblem(EstimateUpload.DEFINITION, "index.invalid", message))));
    }

    @ExceptionHandler(EstimateUpload.Refused.class)
    ResponseEntity<ApiError> badUpload(EstimateUpload.Refused e, HttpServletRequest http) {
        Locale locale = Messages.asked(http);
        String message = Messages.text(e.key, e.args, locale);
        List<ApiError.FieldProblem> fields = e.fields.stream()
                .map(f -> new ApiError.FieldProblem(f.field(), f.key(), Messages.text(f.key(), f.args(), locale)))
                .toList();
        return ResponseEntity.status(e.status).contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(e.key, message, fields));
    }
}
