package vn.thuocdo.cycle.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import vn.thuocdo.fieldwork.ui.MyAssignmentsView;
import vn.thuocdo.inbox.InboxView;
import vn.thuocdo.testing.KaribuTest;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** People whose stage has not opened land on what they will do and when, not on an empty inbox. */
class UpcomingWorkViewTest extends KaribuTest {

    @Test
    void anAppraiserReadsTheAppraisalStageAndItsMonthsInVietnamese() {
        signIn("thamdinh");
        UI.getCurrent().navigate("upcoming");

        assertThat(_find(InboxView.class)).isEmpty();
        Div appraisal = _get(Div.class, spec -> spec.withId("upcoming-appraiser"));
        assertThat(appraisal.getElement().getTextRecursively())
                .contains("Thẩm định viên: thẩm định kết quả tự đánh giá").contains("Tháng 1 - tháng 2");
        assertThat(_find(Div.class, spec -> spec.withId("upcoming-unit-leader"))).isEmpty();
        assertThat(_get(Div.class, spec -> spec.withId("upcoming-notices")).getElement().getTextRecursively())
                .contains("Chưa có thông báo nào.");
    }

    @Test
    void everyWaitingRoleHasItsStageAndEveryRoleWithTasksKeepsTheInbox() {
        for (String[] account : new String[][] {{"kiemduyet", "citizen-moderator", "Sau khi công bố kết quả"}}) {
            switchTo(account[0]);
            // The moderator lands on their queue now (h/questions); their stage stays under "upcoming".
            UI.getCurrent().navigate("upcoming");
            assertThat(_get(Div.class, spec -> spec.withId("upcoming-" + account[1])).getElement().getTextRecursively())
                    .as(account[0]).contains(account[2]);
        }
        switchTo("kiemduyet");
        UI.getCurrent().navigate("");
        assertThat(_find(vn.thuocdo.questions.ui.ModerationView.class)).as("a moderator lands on their queue").hasSize(1);
        // Appraisers have their own page now: the units assigned to them (their stage stays under "upcoming").
        switchTo("thamdinh");
        UI.getCurrent().navigate("");
        assertThat(_find(vn.thuocdo.assessment.ui.AppraisalsView.class)).as("an appraiser lands on their units")
                .hasSize(1);
        // Council members have their stage's own page now: the council's vote.
        switchTo("hoidong");
        UI.getCurrent().navigate("");
        assertThat(_find(vn.thuocdo.council.ui.CouncilVoteView.class)).as("a council member lands on the council")
                .hasSize(1);
        assertThat(_find(UpcomingWorkView.class)).isEmpty();
        switchTo("dieutravien");
        UI.getCurrent().navigate("");
        assertThat(_find(MyAssignmentsView.class)).as("an enumerator lands on their households").hasSize(1);
        assertThat(_find(UpcomingWorkView.class)).isEmpty();
        for (String withTasks : new String[] {"haiphong", "dieuphoi", "vanhanh"}) {
            switchTo(withTasks);
            UI.getCurrent().navigate("");
            assertThat(_find(InboxView.class)).as(withTasks).hasSize(1);
            assertThat(_find(UpcomingWorkView.class)).as(withTasks).isEmpty();
        }
    }
}
