package vn.thuocdo.questions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
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
 * The moderator's (kiểm duyệt) queue: answered questions and new feedback, oldest first. Publishing puts the post on
 * the public site; rejecting keeps it off for good and needs a reason. Both are recorded with who and when.
 */
@Route(value = "questions/moderation", layout = MainLayout.class)
@PageTitle("Kiểm duyệt hỏi đáp · Thước Đo")
@RolesAllowed("citizen-moderator")
public class ModerationView extends VerticalLayout {

    static final int SHOWN = 50;

    private final CitizenPosts posts;
    private final Actor actor;
    private final Div queue = new Div();

    ModerationView(CitizenPosts posts, CurrentActor currentActor) {
        this.posts = posts;
        this.actor = currentActor.get();
        setId("questions-moderation");
        queue.setId("moderation-queue");
        queue.setWidthFull();
        add(new H2(getTranslation("questions.moderation.title")),
                new Paragraph(getTranslation("questions.moderation.intro")), queue);
        refresh();
    }

    private void refresh() {
        queue.removeAll();
        List<CitizenPost> waiting = posts.toModerate(actor);
        if (waiting.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("questions.moderation.empty"));
            empty.setId("moderation-empty");
            queue.add(empty);
            return;
        }
        Paragraph count = new Paragraph(getTranslation("questions.answer.count", waiting.size(),
                Math.min(SHOWN, waiting.size())));
        count.setId("moderation-count");
        queue.add(count);
        waiting.stream().limit(SHOWN).forEach(post -> queue.add(card(post)));
    }

    private PostCard card(CitizenPost post) {
        PostCard card = new PostCard(post);
        TextField reason = new TextField(getTranslation("questions.moderation.reason"));
        reason.setId("reason-" + post.id());
        reason.setWidthFull();
        TextLimits.count(reason, CitizenPosts.REASON_MAX);
        Button publish = new Button(getTranslation("questions.moderation.publish"),
                e -> act(() -> posts.publish(post.id(), actor), "questions.moderation.published"));
        publish.setId("publish-" + post.id());
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reject = new Button(getTranslation("questions.moderation.reject"), e -> {
            if (TextLimits.within(reason, CitizenPosts.REASON_MAX)) {
                act(() -> posts.reject(post.id(), reason.getValue(), actor), "questions.moderation.rejected");
            }
        });
        reject.setId("reject-" + post.id());
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions = new HorizontalLayout(publish, reject);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.getStyle().set("flex-wrap", "wrap");
        card.add(reason, actions);
        return card;
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Notices.success(getTranslation(done));
            refresh();
        } catch (Rejected refused) {
            Notices.refused(refused);
        }
    }
}
