package vn.thuocdo.fieldwork.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.ReconnectDialogConfiguration;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.RolesAllowed;
import vn.thuocdo.fieldwork.EntryMode;
import vn.thuocdo.fieldwork.Interview;
import vn.thuocdo.fieldwork.InterviewSlot;
import vn.thuocdo.fieldwork.InterviewState;
import vn.thuocdo.fieldwork.Interviews;
import vn.thuocdo.fieldwork.Outcome;
import vn.thuocdo.fieldwork.ReviewComment;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.survey.Questionnaires;
import vn.thuocdo.survey.ui.QuestionnaireForm;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.MainLayout;
import vn.thuocdo.web.Notices;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One household's interview on the tablet: the round's questionnaire with its skip logic (the form the online survey
 * and the preview use), a reviewer's comments pinned to their questions, the draft sent after every change, "Hoàn
 * thành phỏng vấn", paper entry, and "Không phỏng vấn được" for a visit with no interview.
 */
@Route(value = InterviewView.ROUTE, layout = MainLayout.class)
@PageTitle("Phỏng vấn hộ · Thước Đo")
@RolesAllowed({"enumerator", "fieldwork-supervisor"})
@StyleSheet("context://styles/fieldwork-enumerator.css")
public class InterviewView extends VerticalLayout implements BeforeEnterObserver {

    static final String SLOT = "slot";
    public static final String ROUTE = "fieldwork/interview/:" + SLOT;
    /** The interview id made for a slot in this browser session, kept so a resend names the same interview. */
    private static final String IDS = InterviewView.class.getName() + ".ids";

    private final Interviews interviews;
    private final Questionnaires questionnaires;
    private final Actor actor;
    private final Clock clock;
    QuestionnaireForm form;
    InterviewSending sending;
    final Span status = new Span();
    final Checkbox paper = new Checkbox();
    Button complete;
    Button noInterview;
    InterviewSlot opened;
    private String reconnectText;

    InterviewView(Interviews interviews, Questionnaires questionnaires, CurrentActor currentActor, Clock clock) {
        this.interviews = interviews;
        this.questionnaires = questionnaires;
        this.actor = currentActor.get();
        this.clock = clock;
        addClassName("td-fwenum");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H2(getTranslation("fwenum.interview.title")));
        String raw = event.getRouteParameters().get(SLOT).orElse("");
        try {
            if (!raw.matches("[0-9]{1,18}")) {
                throw new Rejected("fieldwork.slotNotFound");
            }
            opened = interviews.open(actor, Long.parseLong(raw));
        } catch (Rejected refused) {
            Div refusal = new Div(new Paragraph(Notices.text(refused)));
            refusal.addClassNames("td-callout", "warning");
            refusal.setId("refusal");
            add(refusal, back());
            return;
        }
        show(opened);
    }

    private void show(InterviewSlot slot) {
        Interview interview = slot.interview();
        InterviewState state = interview == null ? null : interview.state();
        Paragraph where = new Paragraph(getTranslation("fwenum.interview.where",
                HouseholdWords.label(this, slot.household()), slot.villageName(), slot.communeName()));
        where.setId("fwenum-where");
        add(where, HouseholdWords.badge(this, slot.household()));
        if (interview != null && interview.outcome() != null && interview.outcome() != Outcome.INTERVIEWED) {
            add(callout("fwenum-outcome-recorded", "info", getTranslation("fwenum.interview.outcomeRecorded",
                    HouseholdWords.outcome(this, interview.outcome()), interview.visits())));
        }
        if (interview != null && interview.outcome() == Outcome.REPLACED || state != null && state.reviewed()) {
            add(callout("fwenum-closed", "info", getTranslation(state != null && state.reviewed()
                    ? "fwenum.interview.reviewed" : "fwenum.interview.replaced")), back());
            return;
        }
        form = new QuestionnaireForm(questionnaires.find(interview == null ? slot.questionnaire()
                : interview.questionnaire()).orElseThrow(), getLocale(), clock);
        if (interview != null && interview.answers() != null) {
            form.fill(interview.answers());
        }
        Div general = new Div();
        general.setId("fwenum-comments");
        if (state == InterviewState.REJECTED) {
            general.addClassName("td-callout");
            if (slot.rejectionReason() != null) {
                general.add(new Paragraph(getTranslation("fwenum.interview.rejected", slot.rejectionReason())));
            }
            general.add(new Paragraph(getTranslation("fwenum.interview.fix")));
        }
        for (ReviewComment comment : slot.openComments()) {
            Div note = new Div(new Span(getTranslation("fwenum.interview.comment", comment.body())));
            note.addClassName("td-fwenum-comment");
            if (!form.pin(comment.questionId(), note)) {
                general.add(note);
            }
        }
        general.setVisible(general.getChildren().findAny().isPresent());
        form.showFirstPinned();
        SectionTimer timer = new SectionTimer(clock, interview == null ? null : interview.paradata());
        timer.shown(form.section());
        form.onSectionShown(timer::shown);
        status.setId("fwenum-save-status");
        status.addClassNames("td-badge", "td-fwenum-status");
        status.setVisible(false);
        sending = new InterviewSending(interviews, actor, slot.household().slot(), interviewId(slot), state, form,
                timer, status, clock);
        form.addAnswersChangedListener(e -> sending.changed());
        paper.setLabel(getTranslation("fwenum.interview.paper"));
        paper.setId("fwenum-paper");
        paper.setValue(interview != null && interview.entryMode() == EntryMode.PAPER);
        complete = new Button(getTranslation("fwenum.interview.complete"), VaadinIcon.CHECK.create(),
                e -> sending.complete(paper.getValue() ? EntryMode.PAPER : EntryMode.INTERVIEW, this::completed));
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        complete.setId("fwenum-complete");
        noInterview = new Button(getTranslation("fwenum.interview.noInterview"), VaadinIcon.BAN.create(),
                e -> new OutcomeDialog(interviews, actor, slot, this::recorded).open());
        noInterview.addThemeVariants(ButtonVariant.LUMO_LARGE);
        noInterview.setId("fwenum-no-interview");
        Div actions = new Div(complete, noInterview);
        actions.addClassName("td-fwenum-actions");
        add(general, paper, status, form, actions, back());
    }

    private void completed(Interview done) {
        Notices.success(getTranslation("fwenum.interview.completed", HouseholdWords.label(this, opened.household())));
        getUI().ifPresent(ui -> ui.navigate(MyAssignmentsView.class));
    }

    private void recorded(String message) {
        Notices.success(message);
        getUI().ifPresent(ui -> ui.navigate(MyAssignmentsView.class));
    }

    /** The interview's own id once it exists; before, one made for the slot and kept for the browser session. */
    private static String interviewId(InterviewSlot slot) {
        if (slot.interview() != null) {
            return slot.interview().id();
        }
        VaadinSession session = VaadinSession.getCurrent();
        @SuppressWarnings("unchecked")
        Map<Long, String> ids = (Map<Long, String>) session.getAttribute(IDS);
        if (ids == null) {
            ids = new HashMap<>();
            session.setAttribute(IDS, ids);
        }
        return ids.computeIfAbsent(slot.household().slot(), s -> UUID.randomUUID().toString());
    }

    private Div callout(String id, String tone, String text) {
        Div callout = new Div(new Paragraph(text));
        callout.addClassNames("td-callout", tone);
        callout.setId(id);
        return callout;
    }

    private RouterLink back() {
        RouterLink back = new RouterLink(getTranslation("fwenum.interview.back"), MyAssignmentsView.class);
        back.setId("fwenum-back");
        return back;
    }

    /** While an interview is open, the browser's own "reconnecting" notice says it in the enumerator's words. */
    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        ReconnectDialogConfiguration reconnect = event.getUI().getReconnectDialogConfiguration();
        reconnectText = reconnect.getDialogText();
        reconnect.setDialogText(getTranslation("fwenum.save.offline"));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (sending != null) {
            sending.stopRetrying();
        }
        if (reconnectText != null) {
            event.getUI().getReconnectDialogConfiguration().setDialogText(reconnectText);
        }
        super.onDetach(event);
    }
}
