package vn.thuocdo.fieldwork.ui;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thuocdo.fieldwork.Assignments;
import vn.thuocdo.fieldwork.Branch;
import vn.thuocdo.fieldwork.BranchSlot;
import vn.thuocdo.fieldwork.Interview;
import vn.thuocdo.fieldwork.InterviewState;
import vn.thuocdo.fieldwork.Interviews;
import vn.thuocdo.fieldwork.EntryMode;
import vn.thuocdo.fieldwork.Member;
import vn.thuocdo.fieldwork.Paradata;
import vn.thuocdo.fieldwork.Partner;
import vn.thuocdo.fieldwork.QueueItem;
import vn.thuocdo.fieldwork.ReviewComment;
import vn.thuocdo.fieldwork.Reviews;
import vn.thuocdo.fieldwork.SampledCommune;
import vn.thuocdo.fieldwork.TeamRole;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.survey.Questionnaires;
import vn.thuocdo.survey.response.CompleteAnswers;
import vn.thuocdo.testing.FieldworkScene;
import vn.thuocdo.testing.KaribuTest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coordinator's teams, the supervisor's assignments and review queue, the ministry's acceptance, driven like a
 * person would. Rounds 2045 to 2047; people of the fixture are signed in by their roles and unit.
 */
@vn.thuocdo.testing.FieldworkContext
class FieldworkScreensTest extends KaribuTest {

    static final Paradata TABLET = new Paradata(Instant.parse("2047-09-01T01:00:00Z"),
            Instant.parse("2047-09-01T01:25:00Z"), Map.of("profile", 120, "services", 900), "Samsung Tab A8");

    @Autowired FieldworkScene scene;
    @Autowired Assignments assignments;
    @Autowired Interviews interviews;
    @Autowired Reviews reviews;
    @Autowired Questionnaires questionnaires;

    @Test
    void theCoordinatorSetsUpBranchesAndPeopleAndGivesCommunesWithClearRefusals() {
        FieldworkScene.Team team = scene.setUp(2045);
        signIn("dieuphoi");
        navigate(FieldworkTeamsView.ROUTE + "?round=" + team.roundId() + "&unit=T34-31");
        FieldworkTeamsView view = _get(FieldworkTeamsView.class);
        TeamPanel panel = view.panel;
        assertThat(view.province.getValue()).isEqualTo("T34-31");

        // The round's fieldwork days: none yet, a reversed pair refused with its reason, then set and shown with who.
        FieldworkDaysPanel days = view.days;
        assertThat(days.state.getText()).startsWith("Chưa đặt thời gian điều tra thực địa");
        days.opens.setValue(java.time.LocalDate.of(2045, 9, 15));
        days.closes.setValue(java.time.LocalDate.of(2045, 9, 1));
        _click(days.save);
        expectNotifications("Ngày kết thúc điều tra thực địa phải bằng hoặc sau ngày bắt đầu.");
        assertThat(days.state.getText()).startsWith("Chưa đặt");
        days.closes.setValue(java.time.LocalDate.of(2045, 10, 31));
        _click(days.save);
        expectNotifications("Đã lưu thời gian điều tra thực địa: 15/09/2045 – 31/10/2045.");
        assertThat(days.state.getText()).startsWith("Phỏng vấn từ 15/09/2045 đến hết 31/10/2045 (đặt bởi ");
        assertThat(panel.branches.getListDataView().getItems().map(b -> b.name()).toList())
                .containsExactly("Bưu điện thành phố Hải Phòng");
        assertThat(panel.members.getListDataView().getItems().map(Member::displayName).toList())
                .contains("Trần Thị Giám Sát", "Nguyễn Văn Điều Tra");

        panel.partner.setValue(Partner.CCB);
        panel.branchName.setValue("Hội Cựu chiến binh thành phố Hải Phòng");
        _click(panel.addBranch);
        expectNotifications("Đã thêm chi nhánh Hội Cựu chiến binh thành phố Hải Phòng.");
        assertThat(panel.branches.getListDataView().getItemCount()).isEqualTo(2);

        panel.branch.setValue(panel.branch.getListDataView().getItems().filter(b -> b.partner() == Partner.CCB)
                .findFirst().orElseThrow());
        // Built-in accounts are configuration: a member is named by username, no account is invited, no mail asked.
        assertThat(panel.email.isVisible()).isFalse();
        panel.username.setValue(team.enumerator().username());
        panel.fullName.setValue("Người trùng tên đăng nhập");
        _click(panel.addMember);
        expectNotifications("Tài khoản " + team.enumerator().username() + " đã thuộc một chi nhánh khác trong đợt này.");
        assertThat(panel.members.getListDataView().getItemCount()).isZero();
        panel.username.setValue("ccb2045");
        panel.fullName.setValue("Vũ Văn Cựu Binh");
        panel.role.setValue(TeamRole.ENUMERATOR);
        _click(panel.addMember);
        expectNotifications("Đã thêm Vũ Văn Cựu Binh vào chi nhánh.");
        assertThat(panel.members.getListDataView().getItems().map(Member::displayName).toList())
                .containsExactly("Vũ Văn Cựu Binh");

        SampledCommune second = panel.communes.getListDataView().getItem(1);
        assertThat(second.branchId()).isNull();
        long ccb = panel.branch.getValue().id();
        @SuppressWarnings("unchecked")
        Select<Branch> give = (Select<Branch>) GridKt._getCellComponent(panel.communes, 1, "givenTo");
        _setValue(give, give.getListDataView().getItems().filter(b -> b.id() == ccb).findFirst().orElseThrow());
        expectNotifications("Đã giao xã " + second.name() + " cho Hội Cựu chiến binh thành phố Hải Phòng.");
        assertThat(panel.communes.getListDataView().getItem(1).branchId()).isEqualTo(ccb);
        assertThat(panel.counts.getText()).startsWith(panel.communes.getListDataView().getItemCount()
                + " xã được chọn, 2 xã đã giao cho chi nhánh");

        // The coordinator of another unit is refused the round; with no round of their own they see why it is empty.
        switchTo("dieuphoi.haiphong");
        navigate(FieldworkTeamsView.ROUTE + "?round=" + team.roundId());
        assertThat(_get(Div.class, spec -> spec.withId("refusal")).getElement().getTextRecursively()).isNotBlank();
        navigate(FieldworkTeamsView.ROUTE);
        assertThat(_get(Div.class, spec -> spec.withId("fwsup-empty")).getElement().getTextRecursively())
                .contains("Chưa có đợt đánh giá nào");
    }

    @Test
    void aSupervisorGivesAVillageThenMovesOneHouseholdOnlyWithAReason() {
        FieldworkScene.Team team = scene.setUp(2046);
        signInAs(team.supervisor());
        navigate(BranchAssignmentsView.ROUTE + "?round=" + team.roundId());
        SlotsPanel panel = _get(BranchAssignmentsView.class).panel;
        List<BranchSlot> village = panel.slots.getListDataView().getItems().toList();
        assertThat(village).isNotEmpty().allMatch(s -> s.enumerator() == null);
        assertThat(panel.village.getItemLabelGenerator().apply(panel.village.getValue())).contains("hộ chưa giao");

        panel.enumerator.setValue(member(panel, team.enumerator()));
        _click(panel.assignVillage);
        expectNotifications("Đã giao " + village.size() + " hộ cho Nguyễn Văn Điều Tra.");
        assertThat(panel.slots.getListDataView().getItems()).allMatch(s -> "Nguyễn Văn Điều Tra".equals(s.enumeratorName()));

        panel.slots.select(panel.slots.getListDataView().getItem(0));
        panel.enumerator.setValue(member(panel, team.secondEnumerator()));
        _click(panel.assignOne);
        assertThat(panel.reason.isInvalid()).isTrue();
        assertThat(panel.slots.getListDataView().getItem(0).enumeratorName()).isEqualTo("Nguyễn Văn Điều Tra");
        panel.reason.setValue("Điều tra viên ốm, chia lại địa bàn");
        _click(panel.assignOne);
        expectNotifications("Đã giao hộ cho Lê Thị Hai.");
        assertThat(panel.slots.getListDataView().getItem(0).enumeratorName()).isEqualTo("Lê Thị Hai");

        // A supervisor of no branch sees why the page is empty.
        signInAs(FieldworkScene.person("gsvnone2046", "Giám sát chưa có chi nhánh", Role.FIELDWORK_SUPERVISOR));
        navigate(BranchAssignmentsView.ROUTE);
        assertThat(_get(Div.class, spec -> spec.withId("fwsup-empty")).getElement().getTextRecursively())
                .contains("chưa là giám sát viên");
    }

    @Test
    void aSupervisorRejectsWithANotePinnedToAQuestionApprovesAndTheMinistryAccepts() {
        FieldworkScene.Team team = scene.withVillageAssigned(2047);
        List<Long> slots = scene.households(team, team.commune());
        assignments.assign(team.supervisor(), slots.get(2), team.supervisor().username(), "Giám sát viên tự phỏng vấn");
        Questionnaire sipas = questionnaires.find("sipas-citizen@1").orElseThrow();
        String first = complete(team.enumerator(), slots.get(0), CompleteAnswers.of(sipas, 1));
        clock.advance(java.time.Duration.ofMinutes(1));
        String second = complete(team.enumerator(), slots.get(1), CompleteAnswers.of(sipas, 2));
        String own = complete(team.supervisor(), slots.get(2), CompleteAnswers.of(sipas, 3));

        signInAs(team.supervisor());
        navigate(ReviewQueueView.ROUTE + "?round=" + team.roundId());
        Grid<QueueItem> queue = _get(ReviewQueueView.class).queue.grid;
        assertThat(queue.getListDataView().getItems().map(QueueItem::interviewId).toList()).containsExactly(first, second);

        navigate(ReviewQueueView.ROUTE + "?round=" + team.roundId() + "&interview=" + first);
        ReviewQueueView view = _get(ReviewQueueView.class);
        assertThat(_get(Div.class, spec -> spec.withId("answer-sex")).getElement().getTextRecursively())
                .contains("Giới tính của ông/bà").doesNotContain("male");
        assertThat(_get(Div.class, spec -> spec.withId("fwsup-paradata")).getElement().getTextRecursively())
                .contains("25 phút 0 giây").contains("Samsung Tab A8");
        assertThat(_get(Div.class, spec -> spec.withId("fwsup-facts")).getElement().getTextRecursively())
                .contains("Nguyễn Văn Điều Tra").contains("Hộ số 1");
        _click(view.reject);
        assertThat(view.panel.reason.isInvalid()).isTrue();
        assertThat(interviews.find(team.enumerator(), first).state()).isEqualTo(InterviewState.COMPLETED);

        _click(_get(Button.class, spec -> spec.withId("fwsup-open-note-sex")));
        _get(TextArea.class, spec -> spec.withId("fwsup-note-sex")).setValue("Giới tính chưa khớp phiếu giấy");
        view.panel.reason.setValue("Cần xác minh lại với hộ");
        _click(view.reject);
        expectNotifications("Đã trả lại phiếu cho điều tra viên.");
        assertThat(reviews.comments(team.enumerator(), first)).extracting(ReviewComment::questionId,
                ReviewComment::body).containsExactly(org.assertj.core.groups.Tuple.tuple("sex",
                "Giới tính chưa khớp phiếu giấy"));
        assertThat(interviews.find(team.enumerator(), first).state()).isEqualTo(InterviewState.REJECTED);

        navigate(ReviewQueueView.ROUTE + "?round=" + team.roundId() + "&interview=" + second);
        _click(_get(ReviewQueueView.class).approve);
        expectNotifications("Đã duyệt phiếu.");
        assertThat(interviews.find(team.enumerator(), second).state()).isEqualTo(InterviewState.APPROVED);

        // Their own interview: the approval is someone else's, and the page says so.
        navigate(ReviewQueueView.ROUTE + "?round=" + team.roundId() + "&interview=" + own);
        assertThat(_get(ReviewQueueView.class).approve.isEnabled()).isFalse();
        assertThat(_get(Div.class, spec -> spec.withId("fwsup-own")).getElement().getTextRecursively())
                .contains("không được duyệt hoặc trả lại phiếu do chính mình phỏng vấn");

        // Another branch's supervisor is refused the interview; their own queue is empty.
        signInAs(team.otherSupervisor());
        navigate(ReviewQueueView.ROUTE + "?round=" + team.roundId() + "&interview=" + second);
        assertThat(_find(Div.class, spec -> spec.withId("refusal"))).hasSize(1);
        assertThat(_find(Div.class, spec -> spec.withId("answer-sex"))).isEmpty();
        navigate(ReviewQueueView.ROUTE + "?round=" + team.roundId());
        assertThat(_get(Div.class, spec -> spec.withId("fwsup-empty")).getElement().getTextRecursively())
                .contains("Không có phiếu nào chờ duyệt");

        // The ministry accepts the approved one from the list.
        switchTo("thongke");
        navigate(AcceptanceView.ROUTE + "?round=" + team.roundId());
        AcceptanceView acceptance = _get(AcceptanceView.class);
        Grid<QueueItem> approved = acceptance.approved.grid;
        assertThat(approved.getListDataView().getItems().map(QueueItem::interviewId).toList()).containsExactly(second);
        _click(acceptance.acceptSelected);
        expectNotifications("Đánh dấu ít nhất một phiếu để nghiệm thu.");
        approved.select(approved.getListDataView().getItem(0));
        _click(acceptance.acceptSelected);
        expectNotifications("Đã nghiệm thu 1 phiếu.");
        assertThat(interviews.find(team.enumerator(), second).state()).isEqualTo(InterviewState.ACCEPTED);
        assertThat(approved.getListDataView().getItemCount()).isZero();
        switchTo("thongke");
        navigate(AcceptanceView.ROUTE + "?round=" + team.roundId());
        assertThat(_get(Div.class, spec -> spec.withId("fwsup-empty")).getElement().getTextRecursively())
                .contains("Không có phiếu nào chờ nghiệm thu");
    }

    @Test
    void provincialOfficersAndEnumeratorsOpenNoneOfTheseScreens() {
        for (String account : new String[] {"haiphong", "dieutravien"}) {
            switchTo(account);
            assertRefused(FieldworkTeamsView.ROUTE, FieldworkTeamsView.class);
            assertRefused(BranchAssignmentsView.ROUTE, BranchAssignmentsView.class);
            assertRefused(ReviewQueueView.ROUTE, ReviewQueueView.class);
            assertRefused(AcceptanceView.ROUTE, AcceptanceView.class);
        }
    }

    private String complete(Actor who, long slot, Map<String, Object> answers) {
        String id = UUID.randomUUID().toString();
        Interview done = interviews.complete(who, id, slot, answers, TABLET, EntryMode.INTERVIEW);
        return done.id();
    }

    private static Member member(SlotsPanel panel, Actor person) {
        return panel.enumerator.getListDataView().getItems().filter(m -> m.username().equals(person.username()))
                .findFirst().orElseThrow();
    }

    /** Signs in a person the fixture made (not a built-in account), with their roles and unit. */
    private void signInAs(Actor person) {
        restartAnonymously();
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("UNIT_" + person.unitId()));
        person.roles().forEach(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r.key())));
        var auth = UsernamePasswordAuthenticationToken.authenticated(person.username(), null, authorities);
        SecurityContextHolder.getContext().setAuthentication(auth);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        Set<String> roles = new java.util.HashSet<>();
        person.roles().forEach(r -> roles.add(r.key()));
        request.setUserInRole((principal, role) -> roles.contains(role));
    }
}
