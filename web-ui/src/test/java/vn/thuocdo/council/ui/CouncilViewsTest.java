package vn.thuocdo.council.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import vn.thuocdo.council.Ballot;
import vn.thuocdo.council.Choice;
import vn.thuocdo.council.CouncilAgenda;
import vn.thuocdo.council.CouncilProcessScene;
import vn.thuocdo.council.Councils;
import vn.thuocdo.round.Round;
import vn.thuocdo.shared.TimeZones;
import vn.thuocdo.testing.KaribuTest;
import vn.thuocdo.testing.TestActors;
import vn.thuocdo.units.Units;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The council's screens over the real capability and PostgreSQL, in a context of their own (rounds 2051-2053 and 2059, the newest): the
 * member's landing with its empty states, the vote sealed until decided, the refusals on the form, the outcome with
 * every vote; the coordinator naming members and a chair and opening a session.
 */
@TestPropertySource(properties = "thuocdo.test.context=council-views")
@Import(StandInAgenda.class)
class CouncilViewsTest extends KaribuTest {

    @Autowired CouncilProcessScene scene;
    @Autowired Councils councils;
    @Autowired Units units;

    @Test
    void aMemberLandsOnTheCouncilAndReadsThatThereIsNothingYet() {
        // A council member on no round's council yet.
        switchTo(CouncilProcessScene.member("hoidong.moi", "Trương Minh Mới"));
        UI.getCurrent().navigate("");
        assertThat(_get(Div.class, spec -> spec.withId("council-no-round")).getElement().getTextRecursively())
                .contains("Chưa có đợt đánh giá nào");

        Round round = scene.atCouncil(2059, CouncilProcessScene.LAN, CouncilProcessScene.BINH);
        switchTo("hoidong");
        UI.getCurrent().navigate("");
        CouncilVoteView view = _get(CouncilVoteView.class);
        assertThat(view.round.getValue().id()).isEqualTo(round.id());
        assertThat(_get(Div.class, spec -> spec.withId("council-results-empty")).getElement().getTextRecursively())
                .isEqualTo("Chưa có kết quả tổng hợp.");
        assertThat(_get(Div.class, spec -> spec.withId("council-no-session")).getElement().getTextRecursively())
                .isEqualTo("Chưa mở phiên biểu quyết nào.");
        assertThat(_find(BallotForm.class)).isEmpty();
        assertThat(_get(com.vaadin.flow.component.orderedlayout.VerticalLayout.class,
                spec -> spec.withId("council-members")).getElement().getTextRecursively())
                .contains("Vũ Thị Lan · Chủ tịch Hội đồng").contains("Ngô Thanh Bình");
    }

    @Test
    void membersVoteSealedUntilTheRuleDecidesThenEveryVoteShowsWithItsComment() {
        Round round = scene.atCouncil(2051, CouncilProcessScene.LAN, CouncilProcessScene.BINH,
                CouncilProcessScene.HUONG);
        StandInAgenda.RESULTS.put(round.id(), List.of(
                result("T34-01", "Thành phố Hà Nội", "78.5", "100", "78.5"),
                result("T34-31", "Thành phố Hải Phòng", "86.25", "100", "86.25")));
        councils.open(round.id(), LocalDate.now(TimeZones.VIETNAM).plusDays(10), TestActors.COORDINATOR);

        switchTo("hoidong");
        UI.getCurrent().navigate("council/vote");
        CouncilVoteView view = _get(CouncilVoteView.class);
        assertThat(_size(view.results.grid)).isEqualTo(2);
        assertThat(_getFormattedRow(view.results.grid, 0)).containsSubsequence("1", "Thành phố Hải Phòng", "86,25",
                "100", "86,25 %");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("council-progress"))
                .getText()).isEqualTo("0/3 thành viên đã biểu quyết.");

        // Sending back without a unit or a comment: refused with the reason, nothing kept, the form as filled.
        view.ballot.choice.setValue(Choice.SEND_BACK);
        assertThat(view.ballot.units.isVisible()).isTrue();
        view.ballot.comment.setValue("Cần xem lại tiêu chí 2.1");
        _click(view.ballot.send);
        expectNotifications("Đề nghị thẩm định lại cần chọn ít nhất một đơn vị.");
        view.ballot.units.select(units.get("T34-01"));
        view.ballot.comment.setValue("");
        _click(view.ballot.send);
        expectNotifications("Đề nghị thẩm định lại cần nêu ý kiến, lý do.");
        assertThat(councils.board(round.id(), TestActors.COORDINATOR).tally().votesCast()).isZero();

        view.ballot.comment.setValue("Tiêu chí 2.1 của Hà Nội thiếu tài liệu kiểm chứng");
        _click(view.ballot.send);
        expectNotifications("Đã ghi nhận biểu quyết của bạn.");
        assertThat(_get(Div.class, spec -> spec.withId("council-own-vote")).getElement().getTextRecursively())
                .startsWith("Bạn đã biểu quyết: Đề nghị thẩm định lại");

        switchTo("hoidong.binh");
        UI.getCurrent().navigate("council/vote");
        view = _get(CouncilVoteView.class);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("council-progress"))
                .getText()).isEqualTo("1/3 thành viên đã biểu quyết.");
        assertThat(_find(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("council-votes")))
                .as("who voted what stays sealed").isEmpty();
        view.ballot.choice.setValue(Choice.APPROVE);
        _click(view.ballot.send);
        assertThat(_find(BallotForm.class)).isEmpty();

        switchTo("hoidong.huong");
        UI.getCurrent().navigate("council/vote");
        view = _get(CouncilVoteView.class);
        view.ballot.choice.setValue(Choice.APPROVE);
        _click(view.ballot.send);
        // 2 of 3 approve: decided; every vote shows with its comment and units.
        assertThat(_get(Span.class, spec -> spec.withId("council-outcome")).getText()).isEqualTo("Đã thông qua");
        assertThat(_size(view.session.votes)).isEqualTo(3);
        assertThat(_getFormattedRow(view.session.votes, 0)).containsSubsequence("Vũ Thị Lan",
                "Đề nghị thẩm định lại", "Thành phố Hà Nội", "Tiêu chí 2.1 của Hà Nội thiếu tài liệu kiểm chứng");
        assertThat(_find(BallotForm.class)).isEmpty();
    }

    @Test
    void theCoordinatorNamesTheMembersAndTheChairAndOpensASession() {
        Round round = scene.atCouncil(2052);
        signIn("dieuphoi");
        UI.getCurrent().navigate("council/setup");
        CouncilSetupView view = _get(CouncilSetupView.class);
        view.round.setValue(view.round.getListDataView().getItems().filter(r -> r.id().equals(round.id()))
                .findFirst().orElseThrow());
        assertThat(_size(view.members)).isZero();
        assertThat(view.candidate.getListDataView().getItems().map(p -> p.username()).toList())
                .containsExactlyInAnyOrder("hoidong", "hoidong.binh", "hoidong.huong");

        // Opening a session with nobody named is refused by name.
        _click(view.open);
        expectNotifications("Hội đồng chưa có thành viên nào.");
        for (String username : List.of("hoidong.binh", "hoidong")) {
            view.candidate.setValue(view.candidate.getListDataView().getItems()
                    .filter(p -> p.username().equals(username)).findFirst().orElseThrow());
            _click(view.add);
            expectNotifications("Đã thêm thành viên vào Hội đồng.");
        }
        assertThat(_size(view.members)).isEqualTo(2);
        _click(view.open);
        expectNotifications("Hãy chỉ định Chủ tịch Hội đồng trước khi mở phiên biểu quyết.");
        councils.chair(round.id(), "hoidong", TestActors.COORDINATOR);
        UI.getCurrent().navigate("council/setup/" + councils.rounds(TestActors.COORDINATOR).stream()
                .filter(r -> r.id().equals(round.id())).findFirst().map(r -> openTask(r.id())).orElseThrow());
        view = _get(CouncilSetupView.class);
        assertThat(view.round.getValue().id()).as("the task's round").isEqualTo(round.id());
        view.closesOn.setValue(LocalDate.now(TimeZones.VIETNAM).plusDays(7));
        _click(view.open);
        expectNotifications("Đã mở phiên biểu quyết; các thành viên nhận nhiệm vụ biểu quyết.");
        assertThat(_size(view.sessions)).isEqualTo(1);
        assertThat(_getFormattedRow(view.sessions, 0)).contains("Đang biểu quyết");
        assertThat(view.open.isEnabled()).isFalse();
        assertThat(view.add.isEnabled()).as("no member changes while voting").isFalse();
    }

    @Test
    void onlyTheCouncilsMembersReadItsVote() {
        Round round = scene.atCouncil(2053, CouncilProcessScene.BINH);
        switchTo("hoidong");
        UI.getCurrent().navigate("council/vote");
        assertThat(_get(CouncilVoteView.class).round.getListDataView().getItems().map(Round::id))
                .doesNotContain(round.id());
        assertThat(councils.rounds(new vn.thuocdo.identity.Actor("hoidong", "Vũ Thị Lan", "BO-BNV",
                Set.of(vn.thuocdo.identity.Role.COUNCIL_MEMBER)))).extracting(Round::id).doesNotContain(round.id());
    }

    @Test
    void aCompiledVersionShowsEachRankWithItsIntervalAndGroupAndAUnitOutsideTheRankingLast() {
        CompiledResults results = new CompiledResults(List.of(
                new CouncilAgenda.UnitResult("T34-01", "Thành phố Hà Nội", BigDecimal.ZERO, new BigDecimal("100"),
                        BigDecimal.ZERO, "compilation.note.noAssessment", null, null, null, null),
                new CouncilAgenda.UnitResult("T34-31", "Thành phố Hải Phòng", new BigDecimal("86.25"),
                        new BigDecimal("100"), new BigDecimal("86.25"), null, 2, 1, 3, "B"),
                new CouncilAgenda.UnitResult("T34-79", "Thành phố Hồ Chí Minh", new BigDecimal("90"),
                        new BigDecimal("100"), new BigDecimal("90"), null, 1, 1, 2, "A")));
        assertThat(_getFormattedRow(results.grid, 0)).containsSubsequence("1 (khoảng 1–2)", "Thành phố Hồ Chí Minh",
                "90", "A");
        assertThat(_getFormattedRow(results.grid, 1)).containsSubsequence("2 (khoảng 1–3)", "Thành phố Hải Phòng",
                "86,25", "B");
        assertThat(_getFormattedRow(results.grid, 2)).containsSubsequence("—", "Thành phố Hà Nội");
        assertThat(String.join(" ", _getFormattedRow(results.grid, 2))).contains("tự đánh giá");
    }

    @Test
    void provincesAndMinistriesRankedApartShowWhichRankingEachRowIsIn() {
        CompiledResults results = new CompiledResults(List.of(
                new CouncilAgenda.UnitResult("BO-BTP", "Bộ Tư pháp", new BigDecimal("88.57"), new BigDecimal("100"),
                        new BigDecimal("88.57"), null, 1, 1, 1, "B", "MINISTRY"),
                new CouncilAgenda.UnitResult("T34-31", "Thành phố Hải Phòng", new BigDecimal("86.25"),
                        new BigDecimal("100"), new BigDecimal("86.25"), null, 2, 1, 2, "B", "PROVINCE"),
                new CouncilAgenda.UnitResult("T34-48", "Thành phố Đà Nẵng", new BigDecimal("89.98"),
                        new BigDecimal("100"), new BigDecimal("89.98"), null, 1, 1, 2, "B", "PROVINCE")));
        // Two units are first, each in its own ranking: provinces first, then ministries, each row says which.
        assertThat(_getFormattedRow(results.grid, 0)).containsSubsequence("1 (khoảng 1–2)", "Thành phố Đà Nẵng",
                "Tỉnh, thành phố");
        assertThat(_getFormattedRow(results.grid, 1)).containsSubsequence("2 (khoảng 1–2)", "Thành phố Hải Phòng",
                "Tỉnh, thành phố");
        assertThat(_getFormattedRow(results.grid, 2)).containsSubsequence("1 (khoảng 1–1)", "Bộ Tư pháp",
                "Bộ, cơ quan ngang bộ");
    }

    @Autowired vn.thuocdo.workflow.Tasks tasks;

    private String openTask(String roundId) {
        return tasks.inbox(TestActors.COORDINATOR, new vn.thuocdo.workflow.InboxFilter(roundId, null), 0, 5).stream()
                .filter(t -> t.formKey().equals(Councils.SETUP_FORM)).findFirst().orElseThrow().taskId();
    }

    private static CouncilAgenda.UnitResult result(String unit, String name, String points, String max, String percent) {
        return new CouncilAgenda.UnitResult(unit, name, new BigDecimal(points), new BigDecimal(max),
                new BigDecimal(percent), null);
    }
}
