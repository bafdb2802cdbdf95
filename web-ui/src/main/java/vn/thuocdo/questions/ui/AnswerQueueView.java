package vn.thuocdo.questions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.questions.CitizenPost;
import vn.thuocdo.questions.CitizenPosts;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.MainLayout;
import vn.thuocdo.web.Notices;
import vn.thuocdo.web.TextLimits;

import java.util.List;

/**
 * Citizens' questions waiting for an answer, oldest first: a ministry coordinator sees every one, an officer those
 * about their own unit (CitizenPosts decides). An answer goes to the moderator, not straight to the public site.
 */
@Route(value = "questions/answer", layout = MainLayout.class)
@PageTitle("Trả lời câu hỏi · Thước Đo")
@RolesAllowed({"ministry-coordinator", "provincial-officer"})
public class AnswerQueueView extends VerticalLayout {

    /** The oldest shown at once: answering them brings the next ones. */
    static final int SHOWN = 50;

    private final CitizenPosts posts;
    private final Actor actor;
    private final Div queue = new Div();

    AnswerQueueView(CitizenPosts posts, CurrentActor currentActor) {
        this.posts = posts;
        this.actor = currentActor.get();
        setId("questions-answer");
        queue.setId("answer-queue");
        queue.setWidthFull();
        add(new H2(getTranslation("questions.answer.title")), new Paragraph(getTranslation("questions.answer.intro")),
                queue);
        refresh();
    }

    private void refresh() {
        queue.removeAll();
        List<CitizenPost> waiting = posts.toAnswer(actor);
        if (waiting.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("questions.answer.empty"));
            empty.setId("answer-empty");
            queue.add(empty);
            return;
        }
        Paragraph count = new Paragraph(getTranslation("questions.answer.count", waiting.size(),
                Math.min(SHOWN, waiting.size())));
        count.setId("answer-count");
        queue.add(count);
        waiting.stream().limit(SHOWN).forEach(post -> queue.add(card(post)));
    }

    private PostCard card(CitizenPost post) {
        PostCard card = new PostCard(post);
        TextArea answer = new TextArea(getTranslation("questions.answer.field"));
        answer.setId("answer-" + post.id());
        answer.setWidthFull();
        TextLimits.count(answer, CitizenPosts.ANSWER_MAX);
        Button send = new Button(getTranslation("questions.answer.send"), e -> {
            if (!TextLimits.within(answer, CitizenPosts.ANSWER_MAX)) {
                return;
            }
            try {
                posts.answer(post.id(), answer.getValue(), actor);
                Notices.success(getTranslation("questions.answer.sent"));
                refresh();
            } catch (Rejected refused) {
                Notices.refused(refused);
            }
        });
        send.setId("send-" + post.id());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(answer, send);
        return card;
    }
}
