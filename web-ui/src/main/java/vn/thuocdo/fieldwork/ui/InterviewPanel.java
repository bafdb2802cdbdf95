package vn.thuocdo.fieldwork.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import vn.thuocdo.fieldwork.Interview;
import vn.thuocdo.fieldwork.InterviewEvent;
import vn.thuocdo.fieldwork.InterviewPlace;
import vn.thuocdo.fieldwork.Outcome;
import vn.thuocdo.fieldwork.Paradata;
import vn.thuocdo.fieldwork.ReviewComment;
import vn.thuocdo.forms.questionnaire.Question;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.forms.questionnaire.Section;
import vn.thuocdo.survey.ui.AnswerSheet;
import vn.thuocdo.web.Formats;
import vn.thuocdo.web.TextLimits;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One interview as its reviewer reads it: where and by whom, how it went (paradata), the answers in question order
 * with a note field under each question, its history and the earlier comments, and the overall reason a rejection
 * needs. The page adds the decisions (approve, accept, reject) and calls the core with {@link #pinned()}.
 */
class InterviewPanel extends VerticalLayout {

    static final int MAX_TEXT = 2000;

    final TextArea reason = new TextArea();
    private final Map<String, TextArea> notes = new LinkedHashMap<>();

    InterviewPanel(Interview interview, InterviewPlace place, Questionnaire questionnaire,
                   List<InterviewEvent> history, List<ReviewComment> comments, Locale locale) {
        setPadding(false);
        setId("fwsup-interview");
        add(facts(interview, place), paradata(interview.paradata(), questionnaire, locale),
                new H3(getTranslation("fwsup.review.answers")));
        if (interview.answers() == null || interview.outcome() != Outcome.INTERVIEWED) {
            add(new Paragraph(getTranslation("fwsup.review.noInterview", FieldworkWords.outcome(this,
                    interview.outcome()), Formats.number(interview.visits()))));
        } else {
            add(new AnswerSheet(questionnaire, interview.answers(), locale,
                    q -> Optional.of(note(q, comments, locale))));
        }
        add(new H3(getTranslation("fwsup.review.history")), history(history, comments));
        reason.setLabel(getTranslation("fwsup.review.reason"));
        reason.setHelperText(getTranslation("fwsup.review.reasonHelp"));
        reason.setId("fwsup-reason");
        reason.setWidth("min(48em, 100%)");
        TextLimits.count(reason, MAX_TEXT);
        add(reason);
    }

    /** The notes the reviewer wrote under questions, in question order. */
    List<ReviewComment.New> pinned() {
        List<ReviewComment.New> pinned = new ArrayList<>();
        notes.forEach((question, field) -> {
            if (!field.getValue().isBlank()) {
                pinned.add(new ReviewComment.New(question, field.getValue()));
            }
        });
        return pinned;
    }

    private Div facts(Interview interview, InterviewPlace place) {
        Div facts = new Div();
        facts.addClassName("td-facts");
        facts.setId("fwsup-facts");
        facts.add(fact("fwsup.col.enumerator", place.enumeratorName() == null ? interview.enumerator()
                        : place.enumeratorName()),
                fact("fwsup.col.village", place.villageName() + ", " + place.communeName()),
                fact("fwsup.col.household", FieldworkWords.household(this, place.order(), place.replacementRank(),
                        place.household())),
                fact("fwsup.col.completed", Formats.dateTime(interview.updatedAt())),
                fact("fwsup.col.mode", getTranslation("fwsup.mode." + interview.entryMode().name())),
                fact("fwsup.col.editsLong", Formats.number(interview.editsAfterCompletion())));
        Span state = FieldworkWords.state(this, interview.state());
        state.setId("fwsup-state");
        facts.add(state);
        return facts;
    }

    private Span fact(String key, String value) {
        Span label = new Span(getTranslation(key) + ": ");
        label.addClassName("td-muted");
        Span fact = new Span(label, new Span(value));
        return fact;
    }

    private Div paradata(Paradata paradata, Questionnaire questionnaire, Locale locale) {
        Div part = new Div(new H3(getTranslation("fwsup.review.paradata")));
        part.setId("fwsup-paradata");
        if (paradata.startedAt() == null && paradata.device() == null && paradata.sectionSeconds().isEmpty()) {
            part.add(new Paragraph(getTranslation("fwsup.review.noParadata")));
            return part;
        }
        Div facts = new Div();
        facts.addClassName("td-facts");
        if (paradata.startedAt() != null && paradata.endedAt() != null) {
            facts.add(fact("fwsup.review.time", Formats.dateTime(paradata.startedAt()) + " – "
                    + Formats.dateTime(paradata.endedAt())), fact("fwsup.review.duration",
                    minutes(Duration.between(paradata.startedAt(), paradata.endedAt()).toSeconds())));
        }
        if (paradata.device() != null) {
            facts.add(fact("fwsup.review.device", paradata.device()));
        }
        part.add(facts);
        if (!paradata.sectionSeconds().isEmpty()) {
            UnorderedList sections = new UnorderedList();
            for (Section section : questionnaire.sections()) {
                Integer seconds = paradata.sectionSeconds().get(section.id());
                if (seconds != null) {
                    String title = section.title() == null ? section.id() : section.title().in(locale);
                    sections.add(new ListItem(title + ": " + minutes(seconds)));
                }
            }
            part.add(new Span(getTranslation("fwsup.review.sections")), sections);
        }
        return part;
    }

    private String minutes(long seconds) {
        return getTranslation("fwsup.review.minutes", Formats.number(seconds / 60), Formats.number(seconds % 60));
    }

    /**
     * Under a question: its note button on the question's line, then what reviewers said of it before and the note
     * field the button opens, across the whole row.
     */
    private Component note(Question question, List<ReviewComment> comments, Locale locale) {
        Div extra = new Div();
        extra.addClassName("td-answer-extra");
        TextArea field = new TextArea();
        field.setAriaLabel(getTranslation("fwsup.review.noteOn", question.label().in(locale)));
        field.setPlaceholder(getTranslation("fwsup.review.notePlaceholder"));
        field.setId("fwsup-note-" + question.id());
        field.addClassName("td-answer-full");
        field.setMaxLength(MAX_TEXT);
        field.setVisible(false);
        notes.put(question.id(), field);
        Button open = new Button(getTranslation("fwsup.review.note"), VaadinIcon.COMMENT_O.create(), e -> {
            field.setVisible(true);
            field.focus();
            e.getSource().setVisible(false);
        });
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        open.setId("fwsup-open-note-" + question.id());
        extra.add(open);
        comments.stream().filter(c -> question.id().equals(c.questionId())).forEach(c -> {
            Span earlier = new Span(getTranslation(c.resolved() ? "fwsup.review.earlierResolved"
                    : "fwsup.review.earlier", c.body()));
            earlier.addClassNames("td-muted", "td-answer-full");
            extra.add(earlier);
        });
        extra.add(field);
        return extra;
    }

    private Component history(List<InterviewEvent> events, List<ReviewComment> comments) {
        UnorderedList list = new UnorderedList();
        list.setId("fwsup-history");
        for (InterviewEvent event : events) {
            String who = event.actorName() == null ? event.actor() : event.actorName();
            String what = getTranslation("fwsup.event." + event.kind());
            String line = Formats.dateTime(event.at()) + " · " + who + " · " + what
                    + (event.reason() == null ? "" : ": " + event.reason());
            list.add(new ListItem(line));
        }
        comments.stream().filter(c -> c.questionId() == null).forEach(c -> list.add(new ListItem(
                Formats.dateTime(c.createdAt()) + " · " + getTranslation("fwsup.review.overall",
                        c.body()))));
        return list;
    }
}
