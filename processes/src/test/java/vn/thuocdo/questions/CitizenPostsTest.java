package vn.thuocdo.questions;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.testing.MutableClock;
import vn.thuocdo.testing.ProcessTest;
import vn.thuocdo.testing.TestActors;

import java.time.Duration;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Citizens' posts through their life: who may answer which question, what the moderator may do with what, every
 * change with who and why, bounds before anything else, and the rate limit counted in the database.
 */
@ProcessTest
@TestPropertySource(properties = "thuocdo.test.context=assessment")
class CitizenPostsTest {

    static final Actor MODERATOR = new Actor("kiemduyet", "Đặng Thu Trang", "BO-BNV", Set.of(Role.CITIZEN_MODERATOR));
    static final Actor PROVINCE_COORDINATOR =
            new Actor("dieuphoi.haiphong", "Đinh Thu Thảo", "T34-31", Set.of(Role.MINISTRY_COORDINATOR));

    @Autowired CitizenPosts posts;
    @Autowired PostRates rates;
    @Autowired JdbcClient db;
    @Autowired MutableClock clock;

    @BeforeEach
    void freshCounts() {
        clock.reset();
        db.sql("delete from citizen_post_rate").update();
    }

    @Test
    void aQuestionIsAnsweredThenPublishedAndEachStepSaysWhoAndWhy() {
        String id = posts.submit(new NewPost(PostKind.QUESTION, "  Nguyễn Văn A ", "a@example.vn", "T34-31",
                "Vì sao Hải Phòng <script>alert(1)</script> đứng đầu?"));
        assertThat(posts.published(PostKind.QUESTION, 0, 1000)).noneMatch(p -> p.id().equals(id));
        posts.answer(id, "Vì điểm thẩm định cao.", TestActors.HAI_PHONG);
        assertThat(posts.published(PostKind.QUESTION, 0, 1000)).noneMatch(p -> p.id().equals(id));
        assertThat(posts.toModerate(MODERATOR)).anyMatch(p -> p.id().equals(id) && p.state() == PostState.ANSWERED);
        posts.publish(id, MODERATOR);
        PublishedPost shown = posts.published(PostKind.QUESTION, 0, 1000).stream().filter(p -> p.id().equals(id))
                .findFirst().orElseThrow();
        assertThat(shown.body()).isEqualTo("Vì sao Hải Phòng <script>alert(1)</script> đứng đầu?");
        assertThat(shown.askerName()).isEqualTo("Nguyễn Văn A");
        assertThat(shown.unitName()).isEqualTo("Thành phố Hải Phòng");
        assertThat(shown.answer()).isEqualTo("Vì điểm thẩm định cao.");
        assertThat(posts.history(id, MODERATOR)).extracting(PostChange::to, PostChange::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PostState.SUBMITTED, "citizen"),
                        org.assertj.core.groups.Tuple.tuple(PostState.ANSWERED, "haiphong"),
                        org.assertj.core.groups.Tuple.tuple(PostState.PUBLISHED, "kiemduyet"));
        assertThatThrownBy(() -> posts.reject(id, "muộn", MODERATOR)).isInstanceOf(Rejected.class)
                .hasMessageContaining("questions.wrongState");
    }

    @Test
    void anOfficerAnswersOnlyTheirOwnUnitsQuestionsAndTheMinistryCoordinatorAny() {
        String haiPhong = posts.submit(new NewPost(PostKind.QUESTION, null, null, "T34-31", "Câu hỏi về Hải Phòng"));
        String none = posts.submit(new NewPost(PostKind.QUESTION, null, null, null, "Câu hỏi chung"));
        assertThat(posts.toAnswer(TestActors.HA_NOI)).noneMatch(p -> p.id().equals(haiPhong) || p.id().equals(none));
        assertThat(posts.toAnswer(TestActors.HAI_PHONG)).anyMatch(p -> p.id().equals(haiPhong))
                .noneMatch(p -> p.id().equals(none));
        assertThat(posts.toAnswer(TestActors.COORDINATOR)).anyMatch(p -> p.id().equals(haiPhong))
                .anyMatch(p -> p.id().equals(none));
        assertThatThrownBy(() -> posts.answer(haiPhong, "Trả lời", TestActors.HA_NOI)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> posts.answer(none, "Trả lời", TestActors.HAI_PHONG)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> posts.answer(none, "Trả lời", PROVINCE_COORDINATOR)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> posts.answer(haiPhong, "Trả lời", TestActors.APPRAISER)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> posts.answer(haiPhong, "Trả lời", MODERATOR)).isInstanceOf(AccessDenied.class);
        posts.answer(haiPhong, "Trả lời của thành phố", PROVINCE_COORDINATOR);
        posts.answer(none, "Trả lời của Bộ", TestActors.COORDINATOR);
        assertThatThrownBy(() -> posts.answer(none, "Lần hai", TestActors.COORDINATOR))
                .isInstanceOf(Rejected.class).hasMessageContaining("questions.wrongState");
    }

    @Test
    void onlyTheModeratorPublishesOrRejectsAndARejectionNeedsAReason() {
        String feedback = posts.submit(new NewPost(PostKind.FEEDBACK, null, null, "BO-BTC", "Góp ý về cách công bố"));
        String question = posts.submit(new NewPost(PostKind.QUESTION, null, null, null, "Chưa trả lời"));
        assertThatThrownBy(() -> posts.toModerate(TestActors.COORDINATOR)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> posts.publish(feedback, TestActors.COORDINATOR)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> posts.publish(question, MODERATOR)).isInstanceOf(Rejected.class)
                .hasMessageContaining("questions.wrongState");
        assertThatThrownBy(() -> posts.answer(feedback, "Feedback is not answered", TestActors.COORDINATOR))
                .isInstanceOf(Rejected.class).hasMessageContaining("questions.wrongState");
        assertThatThrownBy(() -> posts.reject(feedback, "   ", MODERATOR)).isInstanceOf(Rejected.class)
                .hasMessageContaining("questions.reasonRequired");
        posts.reject(feedback, "Lời lẽ xúc phạm", MODERATOR);
        assertThat(posts.history(feedback, MODERATOR)).last()
                .satisfies(c -> {
                    assertThat(c.reason()).isEqualTo("Lời lẽ xúc phạm");
                    assertThat(c.who()).isEqualTo("Đặng Thu Trang");
                    assertThat(c.from()).isEqualTo(PostState.SUBMITTED);
                });
        assertThat(posts.published(PostKind.FEEDBACK, 0, 1000)).noneMatch(p -> p.id().equals(feedback));
    }

    @Test
    void fieldsAreBoundedBeforeTheyAreReadAndARefusedPostKeepsNothing() {
        int before = count();
        assertRefused(new NewPost(PostKind.QUESTION, null, null, null, "x".repeat(2001)), "questions.bodyTooLong");
        assertRefused(new NewPost(PostKind.QUESTION, null, null, null, "   "), "questions.bodyRequired");
        assertRefused(new NewPost(PostKind.QUESTION, "n".repeat(101), null, null, "Hỏi"), "questions.nameTooLong");
        assertRefused(new NewPost(PostKind.QUESTION, null, "a".repeat(250) + "@b.vn", null, "Hỏi"), "questions.emailTooLong");
        assertRefused(new NewPost(PostKind.QUESTION, null, "không-phải-email", null, "Hỏi"), "questions.emailInvalid");
        assertRefused(new NewPost(PostKind.QUESTION, null, null, "T34-99", "Hỏi"), "questions.unitUnknown");
        assertRefused(new NewPost(PostKind.QUESTION, null, null, "T34-31.SYT", "Hỏi"), "questions.unitUnknown");
        assertRefused(new NewPost(PostKind.QUESTION, null, null, null, "Hỏi\u0000"), "questions.textInvalid");
        assertThat(count()).isEqualTo(before);
        assertThat(posts.submit(new NewPost(PostKind.QUESTION, null, null, null, "x".repeat(2000)))).isNotBlank();
    }

    @Test
    void aPostWithTwoWrongFieldsIsRefusedWithBothReasonsAtOnceAndKeepsNothing() {
        int before = count();
        assertThatThrownBy(() -> posts.submit(new NewPost(PostKind.FEEDBACK, "n".repeat(101), "không-phải-email",
                null, "Góp ý")))
                .isInstanceOf(PostRefused.class)
                .satisfies(e -> {
                    PostRefused refused = (PostRefused) e;
                    assertThat(refused.reasons()).containsOnlyKeys(PostRefused.Field.NAME, PostRefused.Field.EMAIL);
                    assertThat(refused.reasons().get(PostRefused.Field.NAME).key()).isEqualTo("questions.nameTooLong");
                    assertThat(refused.reasons().get(PostRefused.Field.EMAIL).key()).isEqualTo("questions.emailInvalid");
                    // The one shared shape still carries a true reason: the first field's, in the form's order.
                    assertThat(refused.key()).isEqualTo("questions.nameTooLong");
                });
        assertThatThrownBy(() -> posts.validate(new NewPost(PostKind.QUESTION, null, null, "T34-99", " ")))
                .isInstanceOf(PostRefused.class)
                .satisfies(e -> assertThat(((PostRefused) e).reasons()).containsOnlyKeys(PostRefused.Field.BODY,
                        PostRefused.Field.UNIT));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void anAddressPostsFiveTimesInTenMinutesAndTwentyADayWhateverTheInstance() {
        String address = "203.0.113.7";
        for (int i = 0; i < 5; i++) {
            assertThat(rates.take(address).allowed()).isTrue();
        }
        PostRates.Verdict sixth = rates.take(address);
        assertThat(sixth.allowed()).isFalse();
        assertThat(sixth.firstRefusal()).isTrue();
        assertThat(rates.take(address).firstRefusal()).isFalse();
        assertThat(rates.take("203.0.113.8").allowed()).isTrue();
        // Stored as a keyed hash: the address itself is nowhere.
        assertThat(db.sql("select count(*) from citizen_post_rate where address_hash like '%203.0.113%'")
                .query(Integer.class).single()).isZero();
        int allowed = 5;
        try {
            for (int window = 1; window < 6; window++) {
                clock.advance(Duration.ofMinutes(10));
                for (int i = 0; i < 5; i++) {
                    if (rates.take(address).allowed()) {
                        allowed++;
                    }
                }
            }
        } finally {
            clock.reset();
        }
        // Unless the run crossed midnight in Vietnam, the day stopped it at 20.
        assertThat(allowed).isBetween(20, 25);
    }

    @Test
    void anIpv6ClientIsCountedByItsNetworkSoANewAddressPerPostDoesNotEscapeTheLimit() {
        for (int i = 1; i <= 5; i++) {
            assertThat(rates.take("2001:db8:0:7::" + i).allowed()).isTrue();
        }
        assertThat(rates.take("2001:db8:0:7:ffff::99").allowed()).isFalse();
        assertThat(rates.take("2001:db8:0:8::1").allowed()).isTrue();
        assertThat(PostRates.client("198.51.100.4")).isEqualTo("198.51.100.4");
    }

    private void assertRefused(NewPost post, String key) {
        assertThatThrownBy(() -> posts.submit(post)).isInstanceOf(Rejected.class)
                .satisfies(e -> assertThat(((Rejected) e).key()).isEqualTo(key));
    }

    private int count() {
        return db.sql("select count(*) from citizen_post").query(Integer.class).single();
    }
}
