package vn.thuocdo.survey.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.survey.Questionnaires;
import vn.thuocdo.survey.XlsForms;
import vn.thuocdo.testing.TestActors;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The tests' own small questionnaire (every kind of question, a skipped question and a skipped section), independent
 * of the shipped ones' wording; imported through the registry as a coordinator would import a workbook.
 */
final class PreviewTestQuestionnaire {

    static final String REFERENCE = "preview-test@1";

    private PreviewTestQuestionnaire() {
    }

    static String json() {
        try (InputStream in = PreviewTestQuestionnaire.class.getResourceAsStream("/survey/preview-test-v1.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Questionnaire parsed() {
        return vn.thuocdo.forms.questionnaire.Questionnaires.parse(json());
    }

    /** In the registry once per database: a version is never imported twice. */
    static synchronized void imported(Questionnaires questionnaires, XlsForms xlsForms) throws IOException {
        if (questionnaires.find(REFERENCE).isPresent()) {
            return;
        }
        byte[] workbook = xlsForms.write(new ObjectMapper().readTree(json()));
        questionnaires.importXlsForm(new ByteArrayInputStream(workbook), workbook.length, TestActors.COORDINATOR);
    }

    /** A component of the page by id, shown or hidden (Karibu's locators only see what is shown). */
    static <T extends Component> T byId(Class<T> type, String id) {
        return find(UI.getCurrent(), type, id).orElseThrow(() -> new AssertionError("No " + id + " on the page"));
    }

    private static <T extends Component> Optional<T> find(Component root, Class<T> type, String id) {
        if (type.isInstance(root) && id.equals(root.getId().orElse(null))) {
            return Optional.of(type.cast(root));
        }
        return root.getChildren().map(child -> find(child, type, id)).flatMap(Optional::stream).findFirst();
    }
}
