package vn.thuocdo.fieldwork.ui;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thuocdo.fieldwork.EntryMode;
import vn.thuocdo.fieldwork.FieldworkTeams;
import vn.thuocdo.fieldwork.InterviewState;
import vn.thuocdo.fieldwork.Interviews;
import vn.thuocdo.fieldwork.Paradata;
import vn.thuocdo.fieldwork.ReviewComment;
import vn.thuocdo.fieldwork.Reviews;
import vn.thuocdo.fieldwork.TeamRole;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.survey.Questionnaires;
import vn.thuocdo.survey.response.CompleteAnswers;
import vn.thuocdo.testing.BrowserTest;
import vn.thuocdo.testing.FieldworkScene;
import vn.thuocdo.testing.MutableClock;
import vn.thuocdo.testing.ServerTest;
import vn.thuocdo.testing.TestActors;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The review in Debian's Chromium: the supervisor (the demo account giamsat, a supervisor of the round's Hải Phòng
 * branch) opens the queue, sends an interview back with a note on one question; the enumerator's fix comes back
 * through the core; the supervisor approves it and the ministry's statistician accepts it. Screenshots of every
 * screen at 1366 x 768, the review at 1024 x 768 too, and the empty states. Round of 2048.
 */
@ServerTest
class ReviewBrowserTest extends BrowserTest {

    static final Paradata TABLET = new Paradata(Instant.parse("2048-09-01T01:00:00Z"),
            Instant.parse("2048-09-01T01:31:00Z"), Map.of("profile", 95, "services", 1140), "Samsung Tab A8");

    @Autowired FieldworkScene scene;
    @Autowired FieldworkTeams teams;
    @Autowired Interviews interviews;
    @Autowired Reviews reviews;
    @Autowired Questionnaires questionnaires;
    @Autowired MutableClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void theSupervisorSendsAnInterviewBackApprovesItsFixAndTheMinistryAcceptsIt() {
        FieldworkScene.Team team = scene.withVillageAssigned(2048);
        teams.addMember(TestActors.COORDINATOR, team.haiPhong().id(), "giamsat", "Hoàng Văn Bình", TeamRole.SUPERVISOR);
        List<Long> slots = scene.households(team, team.commune());
        Questionnaire sipas = questionnaires.find("sipas-citizen@1").orElseThrow();
        Map<String, Object> answers = CompleteAnswers.of(sipas, 5);
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        interviews.complete(team.enumerator(), first, slots.get(0), answers, TABLET, EntryMode.INTERVIEW);
        clock.advance(Duration.ofMinutes(2));
        interviews.complete(team.enumerator(), second, slots.get(1), CompleteAnswers.of(sipas, 6), TABLET,
                EntryMode.INTERVIEW);
        String queue = site() + ReviewQueueView.ROUTE + "?round=" + team.roundId();

        try (BrowserContext context = screen(1366, 768)) {
            Page page = signIn(context, "giamsat");
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/fieldwork/review.*"));
            page.navigate(queue);
            assertThat(page.locator("#fwsup-queue")).containsText("Nguyễn Văn Điều Tra");
            screenshot(page, "fwsup-review-queue-1366");
            page.locator("#fwsup-open-" + first).click();
            assertThat(page.locator("#answer-sex")).containsText("Giới tính của ông/bà");
            assertThat(page.locator("#fwsup-paradata")).containsText("31 phút 0 giây");
            screenshot(page, "fwsup-review-interview-1366");
            page.setViewportSize(1024, 768);
            screenshot(page, "fwsup-review-interview-1024");
            page.setViewportSize(1366, 768);

            page.locator("#fwsup-reject").click();
            assertThat(page.locator("#fwsup-reason")).hasAttribute("invalid", "");
            screenshot(page, "fwsup-review-reason-missing-1366");
            page.locator("#fwsup-open-note-sex").click();
            page.locator("#fwsup-note-sex textarea").fill("Giới tính ghi chưa khớp với giấy tờ của người trả lời");
            page.locator("#fwsup-reason textarea").fill("Cần xác minh lại với hộ");
            page.locator("#fwsup-reject").click();
            assertThat(page.locator("#fwsup-queue")).not().containsText("Hộ số 1");
        }
        org.assertj.core.api.Assertions.assertThat(reviews.comments(team.enumerator(), first))
                .extracting(ReviewComment::questionId)
                .containsExactly("sex");

        // The enumerator fixes the answer on the tablet; the fix comes back to the queue.
        Map<String, Object> fixed = new HashMap<>(answers);
        fixed.put("sex", "male".equals(answers.get("sex")) ? "female" : "male");
        interviews.complete(team.enumerator(), first, slots.get(0), fixed, TABLET, EntryMode.INTERVIEW);

        try (BrowserContext context = screen(1366, 768)) {
            Page page = signIn(context, "giamsat");
            page.navigate(queue);
            page.locator("#fwsup-open-" + first).click();
            assertThat(page.locator("#answer-sex")).containsText("đã sửa");
            assertThat(page.locator("#fwsup-history")).containsText("Gửi lại phiếu đã sửa");
            screenshot(page, "fwsup-review-fixed-1366");
            page.locator("#fwsup-approve").click();
            assertThat(page.locator("#fwsup-queue")).isVisible();
            page.locator("#fwsup-open-" + second).click();
            page.locator("#fwsup-approve").click();
            assertThat(page.locator("#fwsup-empty")).containsText("Không có phiếu nào chờ duyệt");
            screenshot(page, "fwsup-review-empty-1366");
            page.navigate(site() + BranchAssignmentsView.ROUTE + "?round=" + team.roundId());
            assertThat(page.locator("#fwsup-slots")).containsText("Nguyễn Văn Điều Tra");
            screenshot(page, "fwsup-branch-1366");
        }

        try (BrowserContext context = screen(1366, 768)) {
            Page page = signIn(context, "thongke");
            page.navigate(site() + AcceptanceView.ROUTE + "?round=" + team.roundId());
            assertThat(page.locator("#fwsup-approved")).containsText("Hộ số 1");
            screenshot(page, "fwsup-acceptance-1366");
            page.locator("#fwsup-open-" + first).click();
            assertThat(page.locator("#answer-sex")).isVisible();
            screenshot(page, "fwsup-acceptance-interview-1366");
            page.locator("#fwsup-accept").click();
            // Back on the list (its address without the interview) before reloading: under load, a reload sent
            // before the server's navigation would reopen the accepted interview instead.
            page.waitForURL(url -> !url.contains("interview="));
            assertThat(page.locator("#fwsup-approved")).isVisible();
            assertThat(page.locator("#fwsup-approved")).not().containsText("Hộ số 1");
            reviews.accept(FieldworkScene.STATISTICIAN, second);
            page.reload();
            assertThat(page.locator("#fwsup-empty")).containsText("Không có phiếu nào chờ nghiệm thu");
            screenshot(page, "fwsup-acceptance-empty-1366");
        }
        org.assertj.core.api.Assertions.assertThat(interviews.find(team.enumerator(), first).state())
                .isEqualTo(InterviewState.ACCEPTED);

        try (BrowserContext context = screen(1366, 768)) {
            Page page = signIn(context, "dieuphoi");
            page.navigate(site() + FieldworkTeamsView.ROUTE + "?round=" + team.roundId() + "&unit=T34-31");
            assertThat(page.locator("#fwsup-branches")).containsText("Bưu điện thành phố Hải Phòng");
            screenshot(page, "fwsup-teams-1366");
        }
        try (BrowserContext context = screen(1366, 768)) {
            Page page = signIn(context, "dieuphoi.haiphong");
            page.navigate(site() + FieldworkTeamsView.ROUTE);
            assertThat(page.locator("#fwsup-empty")).isVisible();
            screenshot(page, "fwsup-teams-empty-1366");
        }
    }

    private static BrowserContext screen(int width, int height) {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height).setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh"));
    }
}
