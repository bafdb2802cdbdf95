package vn.thuocdo.survey.officials;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import vn.thuocdo.ThuocDoApplication;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.sampling.FrameError;
import vn.thuocdo.sampling.InvalidFrame;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.survey.Questionnaires;
import vn.thuocdo.survey.invitation.InvitationKind;
import vn.thuocdo.survey.response.Channel;
import vn.thuocdo.survey.response.CompleteAnswers;
import vn.thuocdo.survey.response.OnlineSurveys;
import vn.thuocdo.survey.response.Respondent;
import vn.thuocdo.survey.response.Responses;
import vn.thuocdo.survey.response.SurveyWindow;
import vn.thuocdo.testing.MutableClock;
import vn.thuocdo.testing.PostgresTestDatabase;
import vn.thuocdo.testing.TestActors;
import vn.thuocdo.testing.TestClock;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The officials' survey through the whole application, its spreadsheet reader and SMTP on PostgreSQL, with a real
 * mail server: an upload mails each person a link that opens the survey, a bad file changes nothing, a second
 * upload adds and withdraws, another unit cannot list the same person, reminders go only to those who have not
 * answered, a failed mail is sent again by the next run, and the rates count per position group. Rounds in
 * 2063-2066 (the plan's 2113-2116 are refused as round years).
 */
@SpringBootTest(classes = ThuocDoApplication.class, properties = {
        "camunda.bpm.job-execution.enabled=false", "thuocdo.demo.enabled=false", "spring.main.banner-mode=off",
        "thuocdo.mail.enabled=true", "spring.mail.host=127.0.0.1", "spring.mail.port=3946",
        "thuocdo.public-url=https://khaosat.thuocdo.example.vn/", "thuocdo.survey.officials.max-reminders=2",
        "thuocdo.survey.officials.reminder-interval-days=7", "thuocdo.survey.officials.max-rows=50",
        "thuocdo.survey.officials.min-group-shown=2"})
@ContextConfiguration(initializers = PostgresTestDatabase.class)
@Import(TestClock.class)
class OfficialsSurveyMailTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(3946, "127.0.0.1",
            ServerSetup.PROTOCOL_SMTP));

    private static final Pattern LINK = Pattern.compile("https://khaosat\\.thuocdo\\.example\\.vn/s/([2-9A-Z]{11})");

    @Autowired OfficialsSurvey survey;
    @Autowired OnlineSurveys online;
    @Autowired Responses responses;
    @Autowired SurveyWindow window;
    @Autowired Questionnaires questionnaires;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    @Test
    void aListIsMailedCheckedWholeReuploadedRemindedAndCountedPerGroup() throws Exception {
        clock.reset();
        OnlineSurveys.OpenRound round = online.open(2063, List.of("T34-31", "T34-01"));
        openedAMomentAgo();
        Actor haiPhong = TestActors.HAI_PHONG;

        // The first list: one mail per person, each with a link that opens the officials' questionnaire.
        ListUploaded first = survey.upload(round.id(), xlsx(
                row("Nguyễn Văn An", "Lãnh đạo (cấp tỉnh, cấp sở hoặc cấp xã)", "an@haiphong.gov.vn"),
                row("Trần Thị Bình", "manager", "Binh@HaiPhong.gov.vn"),
                row("Lê Văn Cường", "Công chức, viên chức", "cuong@haiphong.gov.vn")), 1000, haiPhong);
        assertThat(first).isEqualTo(new ListUploaded(1, 3, 0, 0, 0, 3));
        Map<String, String> codes = newMails(3);
        assertThat(codes).containsOnlyKeys("an@haiphong.gov.vn", "binh@haiphong.gov.vn", "cuong@haiphong.gov.vn");
        assertThat(subjects.get(codes.get("an@haiphong.gov.vn"))).isEqualTo(
                "Mời tham gia khảo sát cán bộ, công chức về cải cách hành chính (PAR INDEX)");
        for (Map.Entry<String, String> sent : codes.entrySet()) {
            Respondent respondent = responses.enter(sent.getValue());
            assertThat(respondent.invitation().kind()).isEqualTo(InvitationKind.OFFICIAL);
            assertThat(respondent.invitation().unitId()).isEqualTo("T34-31");
            assertThat(respondent.questionnaire().reference()).isEqualTo("par-officials@1");
        }
        assertThat(responses.enter(codes.get("binh@haiphong.gov.vn")).invitation().positionGroup()).isEqualTo("manager");
        awaitMailed(round.id(), 3);
        assertThat(survey.list(round.id(), haiPhong)).extracting(ListedOfficial::email)
                .containsExactly("cuong@haiphong.gov.vn", "an@haiphong.gov.vn", "binh@haiphong.gov.vn");

        // A bad file: every problem with its row and column, and nothing changes.
        assertThatThrownBy(() -> survey.upload(round.id(), xlsx(
                row("", "manager", "x@haiphong.gov.vn"),
                row("Phạm Dũng", "Giám đốc", "dung@haiphong.gov.vn"),
                row("Hoàng Em", "manager", "em(at)haiphong.gov.vn"),
                row("Vũ Giang", "manager", "AN@haiphong.gov.vn"),
                row("Đỗ Hà", "manager", "an@haiphong.gov.vn")), 1000, haiPhong))
                .isInstanceOfSatisfying(InvalidFrame.class, invalid -> assertThat(invalid.errors())
                        .extracting(e -> e.row() + e.column() + " " + e.key()).containsExactly(
                                "2A frame.required", "3B officials.unknownGroup", "4C officials.badEmail",
                                "6C frame.duplicate"));
        assertThat(survey.list(round.id(), haiPhong)).hasSize(3);
        assertThat(jdbc.queryForObject("select count(*) from survey_invitation where round_id = ?", Long.class,
                round.id())).isEqualTo(3);
        assertThat(surveyMails()).hasSize(3);

        // Another unit cannot list a person already on Hải Phòng's list.
        assertThatThrownBy(() -> survey.upload(round.id(), xlsx(row("Trần Thị Bình", "manager", "binh@haiphong.gov.vn")),
                1000, TestActors.HA_NOI)).isInstanceOfSatisfying(InvalidFrame.class, invalid ->
                assertThat(invalid.errors()).extracting(FrameError::key).containsExactly("officials.listedByOtherUnit"));

        // Bình answers; then the list changes: An leaves, Cường moves group, Dung joins, Bình stays.
        Questionnaire officials = questionnaires.find("par-officials@1").orElseThrow();
        responses.submit(codes.get("binh@haiphong.gov.vn"), CompleteAnswers.of(officials, 7), Channel.WEB, null);
        ListUploaded second = survey.upload(round.id(), xlsx(
                row("Trần Thị Bình", "manager", "binh@haiphong.gov.vn"),
                row("Lê Văn Cường", "manager", "cuong@haiphong.gov.vn"),
                row("Phạm Dũng", "civilServant", "dung@haiphong.gov.vn")), 1000, haiPhong);
        assertThat(second).isEqualTo(new ListUploaded(2, 1, 1, 1, 1, 2));
        Map<String, String> secondCodes = newMails(2);
        assertThat(secondCodes).containsOnlyKeys("cuong@haiphong.gov.vn", "dung@haiphong.gov.vn");
        assertThat(refusal(() -> responses.enter(codes.get("an@haiphong.gov.vn")))).isEqualTo("response.codeVoid");
        assertThat(refusal(() -> responses.enter(codes.get("cuong@haiphong.gov.vn")))).isEqualTo("response.codeVoid");
        assertThat(responses.enter(secondCodes.get("cuong@haiphong.gov.vn")).invitation().positionGroup())
                .isEqualTo("manager");
        assertThat(survey.list(round.id(), haiPhong)).extracting(ListedOfficial::fullName)
                .containsExactly("Lê Văn Cường", "Phạm Dũng", "Trần Thị Bình");

        // Rates count per group: the withdrawn An is gone, the answered Bình counts; a group of fewer than two
        // (min-group-shown here) keeps its answered count from the officer, who knows its one member by name.
        assertThat(survey.unitRates(round.id(), haiPhong)).extracting(r -> r.positionGroup() + " " + r.answered()
                + "/" + r.invited()).containsExactly("leader 0/0", "manager 1/2", "civilServant -1/1");
        assertThat(survey.roundRates(round.id(), TestActors.COORDINATOR)).extracting(r -> r.positionGroup() + " "
                + r.answered() + "/" + r.invited()).contains("manager 1/2", "civilServant 0/1");
        assertThat(survey.roundRates(round.id(), TestActors.COORDINATOR)).extracting(GroupRate::unitId)
                .containsOnly("T34-31");

        // Cường starts a draft; reminders a week later go to Cường and Dung only, each with a new working link.
        awaitMailed(round.id(), 3);
        responses.saveDraft(secondCodes.get("cuong@haiphong.gov.vn"), Map.of("role", "manager"), "respondent");
        assertThat(survey.remind(round.id())).isEqualTo(new RemindersSent(0, 0, 0));
        clock.advance(Duration.ofDays(8));
        assertThat(survey.remind(round.id())).isEqualTo(new RemindersSent(0, 2, 0));
        assertThat(surveyMails()).hasSize(7);
        Map<String, String> reminded = newMails(2);
        assertThat(reminded).containsOnlyKeys("cuong@haiphong.gov.vn", "dung@haiphong.gov.vn");
        assertThat(reminded.values()).allSatisfy(code -> assertThat(subjects.get(code))
                .startsWith("Nhắc: khảo sát cán bộ, công chức"));
        assertThat(refusal(() -> responses.enter(secondCodes.get("cuong@haiphong.gov.vn")))).isEqualTo("response.codeVoid");
        Respondent cuong = responses.enter(reminded.get("cuong@haiphong.gov.vn"));
        assertThat(cuong.draft()).containsEntry("role", "manager");
        assertThat(cuong.section()).isEqualTo("respondent");

        // Not again within the interval; at most two reminders in all (configured).
        assertThat(survey.remind(round.id())).isEqualTo(new RemindersSent(0, 0, 0));
        clock.advance(Duration.ofDays(8));
        assertThat(survey.remind(round.id())).isEqualTo(new RemindersSent(0, 2, 0));
        clock.advance(Duration.ofDays(8));
        assertThat(survey.remind(round.id())).isEqualTo(new RemindersSent(0, 0, 0));
        assertThat(surveyMails()).hasSize(9);

        // A mail server that is down: the list is saved, the person shows as not mailed, the next run sends the link.
        mail.stop();
        try {
            ListUploaded third = survey.upload(round.id(), xlsx(
                    row("Trần Thị Bình", "manager", "binh@haiphong.gov.vn"),
                    row("Lê Văn Cường", "manager", "cuong@haiphong.gov.vn"),
                    row("Phạm Dũng", "civilServant", "dung@haiphong.gov.vn"),
                    row("Ngô Hương", "leader", "huong@haiphong.gov.vn")), 1000, haiPhong);
            assertThat(third.added()).isOne();
            awaitMailAttempt();
        } finally {
            mail.start();
        }
        assertThat(survey.list(round.id(), haiPhong)).filteredOn(p -> p.email().equals("huong@haiphong.gov.vn"))
                .extracting(ListedOfficial::mailedAt).containsExactly((java.time.Instant) null);
        assertThat(survey.remind(round.id())).isEqualTo(new RemindersSent(1, 0, 0));
        String huong = newMails(1).get("huong@haiphong.gov.vn");
        assertThat(responses.enter(huong).invitation().positionGroup()).isEqualTo("leader");
        assertThat(subjects.get(huong)).startsWith("Mời tham gia");

        // Once the survey closes, the list no longer changes and nobody is reminded.
        window.close(round.id());
        assertThat(refusal(() -> survey.upload(round.id(), xlsx(row("A", "manager", "a@haiphong.gov.vn")), 1000,
                haiPhong))).isEqualTo("officials.surveyClosed");
        clock.advance(Duration.ofDays(30));
        assertThat(survey.remind(round.id())).isEqualTo(new RemindersSent(0, 0, 0));
    }

    @Test
    void aListOverTheRowLimitIsRefusedWhole() throws Exception {
        clock.reset();
        OnlineSurveys.OpenRound round = online.open(2064, List.of("T34-31"));
        openedAMomentAgo();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            rows.add(row("Người " + i, "manager", "nguoi" + i + "@haiphong.gov.vn"));
        }
        assertThatThrownBy(() -> survey.upload(round.id(), xlsx(rows.toArray(List[]::new)), 5000,
                TestActors.HAI_PHONG)).isInstanceOfSatisfying(InvalidFrame.class, invalid ->
                assertThat(invalid.errors()).extracting(FrameError::key).containsExactly("officials.tooManyRows"));
        assertThat(survey.list(round.id(), TestActors.HAI_PHONG)).isEmpty();
        assertThat(refusal(() -> survey.list(round.id(), TestActors.HA_NOI))).isEqualTo("round.notFound");
    }

    /** The window opened on the frozen test clock: a second later it is surely open, whatever the rounding. */
    private void openedAMomentAgo() {
        clock.advance(Duration.ofSeconds(1));
    }

    /** Codes already seen in a mail, and each code's mail subject. */
    private final Set<String> seen = new HashSet<>();
    private final Map<String, String> subjects = new HashMap<>();

    /**
     * The links mailed since the last call, by recipient, waiting for {@code expected} of them. GreenMail lists mails
     * by mailbox, not by arrival, so new mails are told apart by their code, each link's code being new.
     */
    private Map<String, String> newMails(int expected) throws Exception {
        Map<String, String> fresh = Map.of();
        for (int i = 0; i < 100; i++) {
            fresh = unseen();
            if (fresh.size() >= expected) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(fresh).as("new links mailed").hasSize(expected);
        seen.addAll(fresh.values());
        return fresh;
    }

    private Map<String, String> unseen() throws Exception {
        Map<String, String> fresh = new HashMap<>();
        for (MimeMessage message : surveyMails()) {
            Matcher link = LINK.matcher(plain(message));
            assertThat(link.find()).as("a link in the mail").isTrue();
            if (!seen.contains(link.group(1))) {
                fresh.put(message.getAllRecipients()[0].toString(), link.group(1));
                subjects.put(link.group(1), message.getSubject());
            }
        }
        return fresh;
    }

    /**
     * The mails to the listed officials: launching the round also mails the officers their sampling task, which is
     * no business of this test.
     */
    private static List<MimeMessage> surveyMails() throws Exception {
        List<MimeMessage> mine = new ArrayList<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().endsWith("@haiphong.gov.vn")) {
                mine.add(message);
            }
        }
        return mine;
    }

    private static String plain(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = plain(multipart.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Waits until the background mailer has marked that many people of the round as mailed. */
    private void awaitMailed(String roundId, int count) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            Long mailed = jdbc.queryForObject("select count(*) from survey_official where round_id = ?"
                    + " and not withdrawn and mailed_at is not null", Long.class, roundId);
            if (mailed != null && mailed >= count) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Fewer than " + count + " people marked as mailed");
    }

    /** Gives the background mailer time to try (and fail) against the stopped server. */
    private static void awaitMailAttempt() throws InterruptedException {
        Thread.sleep(1500);
    }

    private static List<String> row(String name, String group, String email) {
        return List.of(name, group, email);
    }

    /** A list as a person fills in the template: the header row, then one row per person. */
    @SafeVarargs
    static ByteArrayInputStream xlsx(List<String>... rows) {
        try {
            return new ByteArrayInputStream(OfficialsLists.workbook(rows));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String refusal(Runnable call) {
        try {
            call.run();
        } catch (Rejected refused) {
            return refused.key();
        }
        throw new AssertionError("not refused");
    }
}
