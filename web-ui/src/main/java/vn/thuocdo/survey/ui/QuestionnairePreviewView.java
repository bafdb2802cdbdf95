package vn.thuocdo.survey.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.thuocdo.forms.Input;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.survey.Questionnaires;
import vn.thuocdo.web.MainLayout;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * A questionnaire version as a respondent would see it, for the coordinator to check before choosing it: skip logic
 * live, a check of the answers with the server's own rules, and a phone-sized frame. Nothing typed here is saved.
 */
@Route(value = QuestionnairesView.PREVIEW, layout = MainLayout.class)
@PageTitle("Xem trước bảng hỏi · Thước Đo")
@RolesAllowed("ministry-coordinator")
public class QuestionnairePreviewView extends VerticalLayout implements BeforeEnterObserver {

    /** Longer than any reference the registry accepts; only so much of a wrong one is echoed back. */
    private static final int SHOWN_REFERENCE = 80;

    private final Questionnaires questionnaires;
    private final Clock clock;
    QuestionnaireForm form;
    PreviewPanel panel;

    QuestionnairePreviewView(Questionnaires questionnaires, Clock clock) {
        this.questionnaires = questionnaires;
        this.clock = clock;
        addClassName("td-preview");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        List<String> refs = event.getLocation().getQueryParameters().getParameters().getOrDefault("ref", List.of());
        String reference = refs.size() == 1 ? refs.get(0) : null;
        Optional<Questionnaire> found = reference == null ? Optional.empty() : questionnaires.find(reference);
        if (found.isEmpty()) {
            notFound(reference);
            return;
        }
        form = new QuestionnaireForm(found.get(), getLocale(), clock);
        panel = new PreviewPanel(form);
        add(new H2(getTranslation("survey.preview.title")), panel, back());
    }

    /** Says which reference was not found (bounded, invisible characters shown) and how one looks. */
    private void notFound(String reference) {
        String message = reference == null || reference.isBlank()
                ? getTranslation("survey.preview.noRef")
                : getTranslation("survey.preview.notFound", Input.visible(reference, SHOWN_REFERENCE));
        Div box = new Div(new Paragraph(message));
        box.addClassName("td-callout");
        box.setId("not-found");
        add(new H2(getTranslation("survey.preview.title")), box, back());
    }

    private Anchor back() {
        Anchor back = new Anchor(QuestionnairesView.ROUTE, getTranslation("survey.preview.back"));
        back.setId("back-to-questionnaires");
        return back;
    }
}
