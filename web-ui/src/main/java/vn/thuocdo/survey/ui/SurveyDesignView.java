package vn.thuocdo.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.thuocdo.forms.design.SampleDesign;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.survey.QuestionnaireVersion;
import vn.thuocdo.survey.Questionnaires;
import vn.thuocdo.survey.SampleReviews;
import vn.thuocdo.survey.Samples;
import vn.thuocdo.survey.SurveyChoice;
import vn.thuocdo.survey.SurveyForms;
import vn.thuocdo.survey.SurveyPlan;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.MainLayout;
import vn.thuocdo.web.Notices;
import vn.thuocdo.web.TaskRefusal;

import java.util.List;
import java.util.OptionalLong;

/**
 * The coordinator chooses the questionnaire versions the round pins and the sample design, then draws with a
 * seed: the sample goes to review. What was chosen before (after "Đổi thiết kế") is offered again.
 */
@Route(value = SurveyForms.DESIGN, layout = MainLayout.class)
@PageTitle("Thiết kế khảo sát · Thước Đo")
@RolesAllowed("ministry-coordinator")
public class SurveyDesignView extends VerticalLayout implements HasUrlParameter<String> {

    private final SampleReviews reviews;
    private final Samples samples;
    private final Questionnaires questionnaires;
    private final Actor actor;
    private String taskId;
    private String roundId;
    final Select<QuestionnaireVersion> citizen = new Select<>();
    final Select<QuestionnaireVersion> officials = new Select<>();
    final Select<SampleDesign> design = new Select<>();
    final Div designWords = new Div();
    final Div problems = new Div();
    SeedField seed;
    final Button draw = new Button();

    SurveyDesignView(SampleReviews reviews, Samples samples, Questionnaires questionnaires, CurrentActor actor) {
        this.reviews = reviews;
        this.samples = samples;
        this.questionnaires = questionnaires;
        this.actor = actor.get();
    }

    @Override
    public void setParameter(BeforeEvent event, String taskId) {
        this.taskId = taskId;
        removeAll();
        SampleReviews.DesignTask task;
        try {
            task = reviews.designTask(taskId, actor);
        } catch (Rejected refused) {
            add(new TaskRefusal(getTranslation("survey.design.title"), refused));
            return;
        }
        roundId = task.round().id();
        add(new H2(getTranslation("survey.design.title")), new Paragraph(task.round().name()));
        questionnaire(citizen, "survey.citizen", "citizen", Questionnaire.Kind.CITIZEN,
                task.plan().map(p -> p.choice().citizenQuestionnaire()).orElse(null));
        questionnaire(officials, "survey.officials", "officials", Questionnaire.Kind.OFFICIALS,
                task.plan().map(p -> p.choice().officialsQuestionnaire()).orElse(null));
        design.setLabel(getTranslation("survey.design"));
        design.setItems(task.designs());
        design.setItemLabelGenerator(d -> d.title().in(getLocale()) + " (" + d.reference() + ")");
        design.setWidthFull();
        design.setMaxWidth("40em");
        design.setId("design");
        design.addValueChangeListener(e -> describe(e.getValue()));
        String chosen = task.plan().map(SurveyPlan::choice).map(SurveyChoice::design).orElse(null);
        design.setValue(task.designs().stream().filter(d -> d.reference().equals(chosen)).findFirst()
                .orElse(task.designs().isEmpty() ? null : task.designs().get(0)));
        designWords.setId("design-words");
        seed = new SeedField(samples.offeredSeed());
        problems.setId("draw-problems");
        draw.setText(getTranslation("survey.draw"));
        draw.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        draw.setId("draw");
        draw.setDisableOnClick(true);
        draw.addClickListener(e -> draw());
        add(design, designWords, seed, problems, draw);
    }

    private void questionnaire(Select<QuestionnaireVersion> select, String label, String id, Questionnaire.Kind kind,
                               String chosen) {
        List<QuestionnaireVersion> versions = questionnaires.available(kind);
        select.setLabel(getTranslation(label));
        select.setItems(versions);
        select.setItemLabelGenerator(v -> v.title().in(getLocale()) + " (" + v.reference() + ")");
        select.setWidthFull();
        select.setMaxWidth("40em");
        select.setId(id);
        // What the round chose before, else the product's own (shipped) version, newest first: an imported draft
        // someone is still trying out is never the default.
        select.setValue(versions.stream().filter(v -> v.reference().equals(chosen)).findFirst()
                .or(() -> versions.stream().filter(v -> v.source() == QuestionnaireVersion.Source.SHIPPED).findFirst())
                .orElse(versions.isEmpty() ? null : versions.get(0)));
        Anchor preview = new Anchor("", getTranslation("survey.preview"));
        preview.setTarget("_blank");
        preview.setId(id + "-preview");
        Runnable link = () -> preview.setHref(select.getValue() == null ? ""
                : QuestionnairesView.PREVIEW + "?ref=" + select.getValue().reference());
        link.run();
        select.addValueChangeListener(e -> link.run());
        HorizontalLayout row = new HorizontalLayout(select, preview);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWidthFull();
        row.setFlexGrow(1, select);
        add(row);
    }

    private void describe(SampleDesign chosen) {
        designWords.removeAll();
        if (chosen == null) {
            return;
        }
        UnorderedList stages = new UnorderedList();
        DesignWords.stages(this, chosen).forEach(s -> stages.add(new ListItem(s)));
        designWords.add(new Paragraph(chosen.description().in(getLocale())),
                new Paragraph(DesignWords.allocation(this, chosen)), stages);
    }

    void draw() {
        problems.removeAll();
        OptionalLong typed = seed.seed();
        if (typed.isEmpty() || !DrawRefusals.required(this, citizen, officials, design)) {
            draw.setEnabled(true);
            return;
        }
        SurveyChoice choice = new SurveyChoice(citizen.getValue().reference(), officials.getValue().reference(),
                design.getValue().reference());
        try {
            samples.choose(taskId, choice, typed.getAsLong(), actor);
        } catch (Rejected refused) {
            DrawRefusals.show(this, refused, problems, citizen, officials, design);
            draw.setEnabled(true);
            return;
        }
        Notices.success(getTranslation("survey.drawn"));
        getUI().ifPresent(ui -> ui.navigate(samples.openTask(roundId, SurveyForms.REVIEW)
                .map(id -> SurveyForms.REVIEW + "/" + id).orElse("inbox")));
    }
}
