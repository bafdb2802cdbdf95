package vn.thuocdo.survey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.thuocdo.forms.DefinitionInvalid;
import vn.thuocdo.forms.questionnaire.Problem;
import vn.thuocdo.forms.questionnaire.QuestionKind;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.forms.questionnaire.QuestionnaireInvalid;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** The pure steps of the registry: a workbook's definition through the model's rules, and a version's listing. */
final class QuestionnaireVersions {

    private static final ObjectMapper JSON = new ObjectMapper();

    private QuestionnaireVersions() {
    }

    /**
     * The model's parse and validation of what the workbook gave, so every rule of a questionnaire is checked in one
     * place; what it refuses is said at the survey row of the question or section it names.
     */
    static Questionnaire validated(ImportedXlsForm read) {
        try {
            return Questionnaire.parse(JSON.writeValueAsString(read.definition())).validate();
        } catch (QuestionnaireInvalid invalid) {
            throw new InvalidXlsForm(invalid.problems().stream().limit(200).map(p -> at(p, read)).toList());
        } catch (DefinitionInvalid | IllegalArgumentException | JsonProcessingException other) {
            throw new InvalidXlsForm(List.of(XlsFormError.ofFile("xlsform.definitionInvalid",
                    String.valueOf(other.getMessage()))));
        }
    }

    private static XlsFormError at(Problem problem, ImportedXlsForm read) {
        String id = problem.id();
        if (id != null && read.rows().containsKey(id)) {
            return new XlsFormError("survey", read.rows().get(id), null, problem.code(), problem.args());
        }
        if (id != null && read.choiceRows().containsKey(id)) {
            return new XlsFormError("choices", read.choiceRows().get(id), null, problem.code(), problem.args());
        }
        return new XlsFormError(null, 0, null, problem.code(), problem.args());
    }

    static QuestionnaireVersion shipped(Questionnaire q) {
        return new QuestionnaireVersion(q.reference(), q.id(), q.version(), q.kind(), q.title(),
                QuestionnaireVersion.Source.SHIPPED, items(q), sha256(q.toJson()), null, null, null);
    }

    static QuestionnaireVersion imported(QuestionnaireStore.Stored s, Questionnaire q) {
        String who = s.importedByName() == null || s.importedByName().isBlank() ? s.importedBy() : s.importedByName();
        return new QuestionnaireVersion(q.reference(), q.id(), q.version(), q.kind(), q.title(),
                QuestionnaireVersion.Source.IMPORTED, items(q), s.checksum(), who, s.importedUnit(), s.importedAt());
    }

    /** The questions a respondent answers: notes are read, not answered. */
    static int items(Questionnaire q) {
        return (int) q.questions().stream().filter(question -> question.kind() != QuestionKind.NOTE).count();
    }

    static JsonNode tree(Questionnaire q) {
        try {
            return JSON.readTree(q.toJson());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A questionnaire's own JSON does not read back", e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
