package vn.thuocdo.questions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.thuocdo.questions.CitizenPosts;
import vn.thuocdo.questions.NewPost;
import vn.thuocdo.questions.PostKind;
import vn.thuocdo.testing.KaribuTest;

import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff's two queues without a browser: an officer answers their own unit's questions only, the ministry's
 * coordinator any; the moderator publishes or rejects (with a reason) answered questions and feedback; a script in
 * a question is shown as text; nobody else opens the moderator's queue.
 */
@TestPropertySource(properties = "thuocdo.test.context=assessment")
class QuestionsViewsTest extends KaribuTest {

    @Autowired CitizenPosts posts;
    @Autowired JdbcClient db;

    @Test
    void anOfficerAnswersTheirOwnUnitsQuestionAndItGoesToTheModerator() {
        String marker = UUID.randomUUID().toString();
        String haiPhong = posts.submit(new NewPost(PostKind.QUESTION, "Lê Văn B", "b@example.vn", "T34-31",
                "Hải Phòng " + marker + " <script>alert(1)</script>"));
        String haNoi = posts.submit(new NewPost(PostKind.QUESTION, null, null, "T34-01", "Hà Nội " + marker));
        String none = posts.submit(new NewPost(PostKind.QUESTION, null, null, null, "Chung " + marker));
        switchTo("haiphong");
        navigate("questions/answer");
        assertThat(_find(PostCard.class, spec -> spec.withId("post-" + haiPhong))).hasSize(1);
        assertThat(_find(PostCard.class, spec -> spec.withId("post-" + haNoi))).isEmpty();
        assertThat(_find(PostCard.class, spec -> spec.withId("post-" + none))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("body-" + haiPhong)).getText())
                .isEqualTo("Hải Phòng " + marker + " <script>alert(1)</script>");
        assertThat(_get(PostCard.class, spec -> spec.withId("post-" + haiPhong)).getElement().getTextRecursively())
                .contains("Thành phố Hải Phòng", "Lê Văn B").doesNotContain("b@example.vn");

        _click(_get(Button.class, spec -> spec.withId("send-" + haiPhong)));
        expectNotifications("Vui lòng nhập câu trả lời.");
        TextArea answer = _get(TextArea.class, spec -> spec.withId("answer-" + haiPhong));
        answer.setValue("x".repeat(CitizenPosts.ANSWER_MAX + 1));
        _click(_get(Button.class, spec -> spec.withId("send-" + haiPhong)));
        assertThat(answer.isInvalid()).isTrue();
        assertThat(state(haiPhong)).isEqualTo("SUBMITTED");

        answer.setValue("Sở Nội vụ Hải Phòng trả lời.");
        _click(_get(Button.class, spec -> spec.withId("send-" + haiPhong)));
        expectNotifications("Đã gửi câu trả lời cho người kiểm duyệt.");
        assertThat(state(haiPhong)).isEqualTo("ANSWERED");
        assertThat(_find(PostCard.class, spec -> spec.withId("post-" + haiPhong))).isEmpty();

        switchTo("dieuphoi");
        navigate("questions/answer");
        assertThat(_find(PostCard.class, spec -> spec.withId("post-" + haNoi))).hasSize(1);
        assertThat(_find(PostCard.class, spec -> spec.withId("post-" + none))).hasSize(1);
        assertThat(_get(PostCard.class, spec -> spec.withId("post-" + none)).getElement().getTextRecursively())
                .contains("Không về đơn vị cụ thể", "Người dân");
    }

    @Test
    void theModeratorPublishesAnAnsweredQuestionAndRejectsFeedbackWithAReason() {
        String marker = UUID.randomUUID().toString();
        String question = posts.submit(new NewPost(PostKind.QUESTION, null, null, "T34-31", "Hỏi " + marker));
        String waiting = posts.submit(new NewPost(PostKind.QUESTION, null, null, "T34-31", "Chưa trả lời " + marker));
        String feedback = posts.submit(new NewPost(PostKind.FEEDBACK, null, null, null, "Góp ý " + marker));
        posts.answer(question, "Trả lời " + marker, HAI_PHONG);
        switchTo("kiemduyet");
        navigate("");
        _get(ModerationView.class);
        assertThat(_find(PostCard.class, spec -> spec.withId("post-" + waiting))).isEmpty();
        assertThat(_get(PostCard.class, spec -> spec.withId("post-" + question)).getElement().getTextRecursively())
                .contains("Trả lời " + marker, "Trả lời: Trần Văn Nam");

        _click(_get(Button.class, spec -> spec.withId("reject-" + feedback)));
        expectNotifications("Vui lòng nêu lý do từ chối.");
        assertThat(state(feedback)).isEqualTo("SUBMITTED");
        _get(TextField.class, spec -> spec.withId("reason-" + feedback)).setValue("Không liên quan đến chỉ số");
        _click(_get(Button.class, spec -> spec.withId("reject-" + feedback)));
        expectNotifications("Đã từ chối; lý do được lưu lại.");
        assertThat(state(feedback)).isEqualTo("REJECTED");
        assertThat(db.sql("select reason from citizen_post_change where post_id = ? and to_state = 'REJECTED'")
                .param(feedback).query(String.class).single()).isEqualTo("Không liên quan đến chỉ số");

        _click(_get(Button.class, spec -> spec.withId("publish-" + question)));
        expectNotifications("Đã công bố trên trang công khai.");
        assertThat(state(question)).isEqualTo("PUBLISHED");
        assertThat(posts.published(PostKind.QUESTION, 0, 1000)).anyMatch(p -> p.id().equals(question));
        assertThat(_find(PostCard.class, spec -> spec.withId("post-" + question))).isEmpty();
    }

    @Test
    void nobodyButTheModeratorOpensTheModerationQueueAndTheModeratorAnswersNothing() {
        signIn("haiphong");
        assertRefused("questions/moderation", ModerationView.class);
        switchTo("dieuphoi");
        assertRefused("questions/moderation", ModerationView.class);
        switchTo("kiemduyet");
        assertRefused("questions/answer", AnswerQueueView.class);
    }

    static final vn.thuocdo.identity.Actor HAI_PHONG = new vn.thuocdo.identity.Actor("haiphong", "Trần Văn Nam",
            "T34-31", java.util.Set.of(vn.thuocdo.identity.Role.PROVINCIAL_OFFICER));

    private String state(String id) {
        return db.sql("select state from citizen_post where id = ?").param(id).query(String.class).single();
    }

}
