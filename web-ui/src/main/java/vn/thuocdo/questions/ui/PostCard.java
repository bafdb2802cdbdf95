package vn.thuocdo.questions.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import vn.thuocdo.questions.CitizenPost;
import vn.thuocdo.questions.PostKind;
import vn.thuocdo.web.Formats;

/**
 * One citizen's post as staff read it: what it is, which unit it is about (by name), who sent it (the name they
 * gave, never their e-mail) and when, and the text as typed, which Vaadin shows as text, never as markup.
 */
class PostCard extends Div {

    PostCard(CitizenPost post) {
        addClassName("td-card");
        setId("post-" + post.id());
        setWidthFull();
        String unit = post.unitName() == null ? getTranslation("questions.staff.noUnit") : post.unitName();
        String asker = post.askerName() == null ? getTranslation("hoidap.anonymous") : post.askerName();
        Span meta = new Span(getTranslation(post.kind() == PostKind.QUESTION ? "questions.staff.question"
                : "questions.staff.feedback") + " · " + unit + " · " + asker + " · " + Formats.dateTime(post.submittedAt()));
        meta.addClassName("td-muted");
        Paragraph body = new Paragraph(post.body());
        body.setId("body-" + post.id());
        body.getStyle().set("white-space", "pre-line").set("overflow-wrap", "anywhere");
        add(meta, body);
        if (post.answer() != null) {
            Paragraph answer = new Paragraph(post.answer());
            answer.setId("answer-text-" + post.id());
            answer.getStyle().set("white-space", "pre-line").set("overflow-wrap", "anywhere")
                    .set("border-left", "4px solid var(--lumo-primary-color)").set("padding-left", "var(--lumo-space-s)");
            Span by = new Span(getTranslation("questions.staff.answeredBy", post.answeredByName(),
                    Formats.dateTime(post.answeredAt())));
            by.addClassName("td-muted");
            add(by, answer);
        }
    }
}
