package vn.thuocdo.survey.officials;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thuocdo.audit.AuditLog;
import vn.thuocdo.forms.FrameColumn;
import vn.thuocdo.forms.FrameColumnType;
import vn.thuocdo.forms.FrameDefinition;
import vn.thuocdo.forms.Input;
import vn.thuocdo.forms.Option;
import vn.thuocdo.forms.Text;
import vn.thuocdo.forms.questionnaire.Question;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.sampling.FrameError;
import vn.thuocdo.sampling.FrameLine;
import vn.thuocdo.sampling.FrameReading;
import vn.thuocdo.sampling.FrameWorkbooks;
import vn.thuocdo.sampling.InvalidFrame;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.shared.TimeZones;
import vn.thuocdo.shared.UploadLimits;
import vn.thuocdo.survey.Questionnaires;
import vn.thuocdo.survey.invitation.InvitationStore;
import vn.thuocdo.survey.invitation.Invitations;
import vn.thuocdo.survey.invitation.IssuedCode;
import vn.thuocdo.survey.response.ResponseCounts;
import vn.thuocdo.survey.response.SurveyWindow;
import vn.thuocdo.survey.response.WindowState;
import vn.thuocdo.units.Units;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

/**
 * The officials' survey of the PAR INDEX: each unit lists its officials (name, position group, e-mail) from a
 * spreadsheet, each person is mailed a personal link, those who have not answered are reminded, and everyone sees
 * response rates as counts per position group, never who answered.
 *
 * <p>The position groups are the methodology's: the choice list of question {@value #ROLE_QUESTION} of the round's
 * officials' questionnaire, read from the pinned version, so a new questionnaire version with other groups changes
 * the template without code.
 */
@Service
public class OfficialsSurvey {

    /** The officials' questionnaire's question whose choices are the position groups. */
    public static final String ROLE_QUESTION = "role";
    /** The template's sheet of people. */
    public static final String SHEET = "Danh sách cán bộ";
    static final String NAME = "fullName";
    static final String GROUP = "positionGroup";
    static final String EMAIL = "email";
    static final int MAX_NAME = 200;
    static final int MAX_EMAIL = 254;
    /**
     * A plain address: no display name, no quoted or IP-literal parts (which no unit's officials have), ASCII only,
     * so what is checked here is what the mail server is handed.
     */
    private static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+");
    private static final int SHOWN = 60;
    private static final Logger log = LoggerFactory.getLogger(OfficialsSurvey.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ObjectProvider<FrameWorkbooks> workbooks;
    private final ObjectProvider<OfficialsMail> mail;
    private final Invitations invitations;
    private final InvitationStore invitationStore;
    private final SurveyWindow window;
    private final Rounds rounds;
    private final Units units;
    private final Questionnaires questionnaires;
    private final ResponseCounts counts;
    private final AuditLog audit;
    private final UploadLimits limits;
    private final Clock clock;
    private final String publicUrl;
    private final int maxRows;
    private final int maxReminders;
    private final Duration reminderInterval;
    /** Groups with fewer people invited show no answered count to the unit's officer. */
    private final int minGroupShown;
    /** Mails of an upload go out one after another off the request: 5,000 SMTP sends must not hold the screen. */
    private final ExecutorService mailer = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "officials-mail");
        thread.setDaemon(true);
        return thread;
    });

    OfficialsSurvey(JdbcTemplate jdbc, PlatformTransactionManager transactions, ObjectProvider<FrameWorkbooks> workbooks,
                    ObjectProvider<OfficialsMail> mail, Invitations invitations, InvitationStore invitationStore,
                    SurveyWindow window, Rounds rounds, Units units, Questionnaires questionnaires,
                    ResponseCounts counts, AuditLog audit, UploadLimits limits, Clock clock,
                    @Value("${thuocdo.public-url:http://localhost:8080}") String publicUrl,
                    @Value("${thuocdo.survey.officials.max-rows:5000}") int maxRows,
                    @Value("${thuocdo.survey.officials.max-reminders:3}") int maxReminders,
                    @Value("${thuocdo.survey.officials.reminder-interval-days:7}") int reminderIntervalDays,
                    @Value("${thuocdo.survey.officials.min-group-shown:5}") int minGroupShown) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.workbooks = workbooks;
        this.mail = mail;
        this.invitations = invitations;
        this.invitationStore = invitationStore;
        this.window = window;
        this.rounds = rounds;
        this.units = units;
        this.questionnaires = questionnaires;
        this.counts = counts;
        this.audit = audit;
        this.limits = limits;
        this.clock = clock;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.maxRows = maxRows;
        this.maxReminders = maxReminders;
        this.minGroupShown = minGroupShown;
        this.reminderInterval = Duration.ofDays(reminderIntervalDays);
    }

    @PreDestroy
    void stopMailing() {
        mailer.shutdown();
    }

    /** The rounds of the officer's unit whose online survey has been opened, newest first. */
    public List<Round> roundsOf(Actor officer) {
        if (!officer.has(Role.PROVINCIAL_OFFICER) && !officer.has(Role.MINISTRY_COORDINATOR)) {
            return List.of();
        }
        return rounds.visibleTo(officer).stream().filter(r -> window.of(r.id()).isPresent())
                .sorted(Comparator.comparing(Round::year).reversed()).toList();
    }

    /** The position groups of the round's officials' questionnaire, keys and labels, in its order. */
    public List<Option> positionGroups(String roundId) {
        String reference = jdbc.queryForList("select officials_questionnaire from survey_plan where round_id = ?",
                String.class, roundId).stream().findFirst().orElseThrow(() -> new Rejected("officials.noSurvey"));
        Questionnaire questionnaire = questionnaires.find(reference)
                .orElseThrow(() -> new IllegalStateException("Pinned questionnaire missing: " + reference));
        Question role = questionnaire.question(ROLE_QUESTION).orElseThrow(() -> new IllegalStateException(
                reference + " has no question '" + ROLE_QUESTION + "': the position groups come from its choices"));
        return questionnaire.choicesOf(role);
    }

    /** The layout of the list: the same checks for the template, the upload and the documentation. */
    public FrameDefinition listTemplate(String roundId) {
        List<Option> groups = positionGroups(roundId);
        String labels = String.join("; ", groups.stream().map(g -> g.label().vi()).toList());
        return new FrameDefinition("officials-list", 1, new Text("Danh sách cán bộ, công chức được khảo sát",
                "Officials to survey"), new Text("Khảo sát cán bộ, công chức phục vụ Chỉ số CCHC (PAR INDEX)",
                "Officials' survey of the PAR INDEX"), SHEET, List.of(
                new FrameColumn(NAME, "Họ và tên", FrameColumnType.TEXT, true, null, null, MAX_NAME, 32, null),
                new FrameColumn(GROUP, "Nhóm vị trí", FrameColumnType.TEXT, true, null, null, MAX_NAME, 44,
                        "một trong: " + labels),
                new FrameColumn(EMAIL, "E-mail", FrameColumnType.TEXT, true, null, null, MAX_EMAIL, 36,
                        "địa chỉ thư công vụ của người được khảo sát; mỗi người một địa chỉ")),
                List.of(EMAIL), List.of(
                "Mỗi dòng là một người được khảo sát; mỗi người nhận qua e-mail một đường dẫn riêng để trả lời.",
                "Nhóm vị trí ghi đúng một trong các nhóm: " + labels + ".",
                "Tải lên lại danh sách: người mới được gửi thư mời, người không còn trong danh sách bị rút tên"
                        + " (đường dẫn của họ hết hiệu lực), người giữ nguyên vẫn dùng đường dẫn cũ.",
                "Tối đa " + maxRows + " người mỗi đơn vị."));
    }

    /** The empty template, for an officer of a unit taking part in the round. */
    public byte[] template(String roundId, Actor officer) {
        roundOf(roundId, officer);
        FrameDefinition frame = listTemplate(roundId);
        return workbooks().template(List.of(frame));
    }

    /**
     * Replaces the unit's list with an uploaded one, while the round's online survey is open. The whole file is
     * checked first, every problem with its row; one problem and nothing changes. Then, in one transaction: new
     * people are listed and invited, people no longer listed are withdrawn (their unanswered link voided), people
     * unchanged keep their link. The personal links are mailed after the commit, off the request: a mail that
     * fails leaves that person "not mailed" for the next reminder run, never undoing the list.
     */
    public ListUploaded upload(String roundId, InputStream file, long size, Actor officer) {
        Round round = roundOf(roundId, officer);
        WindowState open = openWindow(roundId);
        if (size > limits.maxBytes()) {
            throw new InvalidFrame(List.of(new FrameError(0, null, "frame.tooLarge", List.of(limits.maxMegabytes()))));
        }
        List<Option> groups = positionGroups(roundId);
        FrameDefinition frame = listTemplate(roundId);
        List<Listed> listed = workbooks().read(file, List.of(frame), sheets -> check(frame, sheets.get(0), groups));
        Upload upload;
        try {
            upload = transaction.execute(status -> store(round, officer, listed));
        } catch (DataIntegrityViolationException concurrent) {
            // Another upload of the same addresses committed in between: this one changed nothing.
            throw new Rejected("officials.concurrentUpload");
        }
        String unitName = units.get(officer.unitId()).name();
        LocalDate deadline = lastDay(open);
        List<Runnable> sends = new ArrayList<>();
        for (Invited person : upload.invited()) {
            sends.add(() -> firstMail(person, unitName, deadline));
        }
        if (mail.getIfAvailable() != null && !sends.isEmpty()) {
            mailer.execute(() -> sends.forEach(Runnable::run));
        }
        return new ListUploaded(upload.version(), upload.added(), upload.unchanged(), upload.regrouped(),
                upload.withdrawn(), mail.getIfAvailable() == null ? 0 : sends.size());
    }

    /** The people the unit has listed (withdrawn ones left out), by name: never whether any of them answered. */
    public List<ListedOfficial> list(String roundId, Actor officer) {
        roundOf(roundId, officer);
        return jdbc.query("select id, full_name, position_group, email, mailed_at, reminders from survey_official"
                        + " where round_id = ? and unit_id = ? and not withdrawn order by full_name, id",
                (rs, n) -> new ListedOfficial(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(), rs.getInt(6)),
                roundId, officer.unitId());
    }

    /** The officer's unit's invited and answered per position group, every group of the questionnaire shown. */
    public List<GroupRate> unitRates(String roundId, Actor officer) {
        roundOf(roundId, officer);
        Map<String, GroupRate> byGroup = new HashMap<>();
        for (ResponseCounts.Rate rate : counts.officialsByGroup(roundId)) {
            if (officer.unitId().equals(rate.unitId())) {
                // The officer knows the people of the list by name: in a group of two, "1 answered" says who.
                long answered = rate.invited() < minGroupShown ? GroupRate.WITHHELD : rate.answered();
                byGroup.put(rate.key(), new GroupRate(rate.unitId(), rate.key(), rate.invited(), answered));
            }
        }
        return positionGroups(roundId).stream().map(g -> byGroup.getOrDefault(g.key(),
                new GroupRate(officer.unitId(), g.key(), 0, 0))).toList();
    }

    /** Every participating unit's invited and answered per position group, for the round's coordinator. */
    public List<GroupRate> roundRates(String roundId, Actor coordinator) {
        Round round = rounds.find(roundId, coordinator).orElseThrow(() -> new Rejected("round.notFound"));
        coordinator.require(Role.MINISTRY_COORDINATOR, round.organiserUnitId());
        return counts.officialsByGroup(roundId).stream()
                .map(r -> new GroupRate(r.unitId(), r.key(), r.invited(), r.answered())).toList();
    }

    /**
     * The reminder run, for the survey's workflow (a timer of SurveyProcess) while the online survey is open:
     * people whose link mail failed get it now; people who have not answered get a reminder, at most
     * {@code thuocdo.survey.officials.max-reminders} of them, {@code reminder-interval-days} apart. The code is
     * stored only as a hash, so a reminder carries a new link: the old one is voided and a draft moves to the new
     * one. Each person is one transaction, committed only once the mail is handed over, so a failed mail leaves the
     * old link working. Without mail configured, nothing is sent.
     */
    public RemindersSent remind(String roundId) {
        Optional<WindowState> open = window.of(roundId).filter(w -> w.openAt(clock.instant()));
        if (open.isEmpty() || mail.getIfAvailable() == null) {
            return new RemindersSent(0, 0, 0);
        }
        Instant now = clock.instant();
        Instant due = now.minus(reminderInterval);
        LocalDate deadline = lastDay(open.get());
        List<Due> people = jdbc.query("select o.id, o.unit_id, o.full_name, o.email, o.position_group, o.mailed_at,"
                + " o.last_reminded_at, o.reminders from survey_official o where o.round_id = ? and not o.withdrawn"
                + " and not exists (select 1 from survey_invitation i join survey_response r on r.invitation_id = i.id"
                + " where i.official_id = o.id) order by o.unit_id, o.id", (rs, n) -> new Due(rs.getLong(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), instant(rs.getTimestamp(6)),
                instant(rs.getTimestamp(7)), rs.getInt(8)), roundId);
        Map<String, String> unitNames = new HashMap<>();
        int first = 0;
        int reminded = 0;
        int failed = 0;
        for (Due person : people) {
            boolean reminder = person.mailedAt() != null;
            if (reminder) {
                Instant last = person.lastRemindedAt() == null ? person.mailedAt() : person.lastRemindedAt();
                if (person.reminders() >= maxReminders || last.isAfter(due)) {
                    continue;
                }
            }
            String unitName = unitNames.computeIfAbsent(person.unitId(), id -> units.get(id).name());
            try {
                transaction.executeWithoutResult(status -> {
                    Long previous = jdbc.queryForList("select id from survey_invitation where official_id = ?"
                            + " and state = 'ISSUED'", Long.class, person.id()).stream().findFirst().orElse(null);
                    IssuedCode issued = invitations.issueOfficial(roundId, person.unitId(), person.id(),
                            person.positionGroup(), "system");
                    if (previous != null) {
                        // The draft follows the person to the new link: what they typed is not lost.
                        jdbc.update("update survey_draft set invitation_id = ? where invitation_id = ?",
                                issued.invitation().id(), previous);
                    }
                    mail.getObject().send(new OfficialsMail.PersonalLink(person.email(), person.fullName(), unitName,
                            link(issued), deadline, reminder));
                    if (reminder) {
                        jdbc.update("update survey_official set reminders = reminders + 1, last_reminded_at = ?"
                                + " where id = ?", Timestamp.from(now), person.id());
                    } else {
                        jdbc.update("update survey_official set mailed_at = ? where id = ?", Timestamp.from(now),
                                person.id());
                    }
                });
                if (reminder) {
                    reminded++;
                } else {
                    first++;
                }
            } catch (RuntimeException notSent) {
                failed++;
                log.warn("Officials' survey mail to official {} of {} not sent: {}", person.id(), roundId,
                        notSent.toString());
            }
        }
        audit.recordAlone("system", null, "survey.officials.remind", roundId, AuditLog.OK,
                "firstLinks=" + first + " reminders=" + reminded + " failed=" + failed);
        return new RemindersSent(first, reminded, failed);
    }

    /** The file's rows with every problem of every row, or {@link InvalidFrame} listing them all. */
    private List<Listed> check(FrameDefinition frame, vn.thuocdo.sampling.FrameSheet sheet, List<Option> groups) {
        List<FrameLine> lines = new ArrayList<>();
        List<FrameError> errors = new ArrayList<>();
        try {
            FrameReading.check(frame, sheet, line -> {
                if (lines.size() >= maxRows) {
                    throw new InvalidFrame(List.of(new FrameError(SHEET, 0, null, "officials.tooManyRows",
                            List.of(maxRows))));
                }
                lines.add(line);
            });
        } catch (InvalidFrame invalid) {
            if (invalid.errors().stream().anyMatch(e -> e.row() <= 1)) {
                throw invalid; // the wrong file or sheet: row-level checks would only add noise
            }
            errors.addAll(invalid.errors());
        }
        Map<String, String> groupKeys = new HashMap<>();
        for (Option group : groups) {
            groupKeys.put(Input.comparable(group.key()), group.key());
            groupKeys.put(Input.comparable(group.label().vi()), group.key());
            groupKeys.put(Input.comparable(group.label().en()), group.key());
        }
        String labels = String.join("; ", groups.stream().map(g -> g.label().vi()).toList());
        List<Listed> listed = new ArrayList<>(lines.size());
        for (FrameLine line : lines) {
            String group = groupKeys.get(Input.comparable(line.text(GROUP)));
            if (group == null) {
                errors.add(new FrameError(line.row(), "B", "officials.unknownGroup",
                        List.of(Input.visible(line.text(GROUP), SHOWN), labels)));
            }
            String email = line.text(EMAIL).toLowerCase(Locale.ROOT);
            if (!ADDRESS.matcher(email).matches() || email.indexOf('@') > 64) {
                errors.add(new FrameError(line.row(), "C", "officials.badEmail",
                        List.of(Input.visible(line.text(EMAIL), SHOWN))));
            }
            listed.add(new Listed(line.row(), line.text(NAME), group, email));
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(FrameError::row));
            throw new InvalidFrame(errors);
        }
        return listed;
    }

    /** The list merged into the unit's, in the caller's transaction; refuses addresses another unit lists. */
    private Upload store(Round round, Actor officer, List<Listed> listed) {
        String roundId = round.id();
        String unitId = officer.unitId();
        Map<String, Existing> known = new HashMap<>();
        List<String> emails = listed.stream().map(Listed::email).toList();
        for (int from = 0; from < emails.size(); from += 1000) {
            List<String> chunk = emails.subList(from, Math.min(emails.size(), from + 1000));
            jdbc.query("select o.id, o.unit_id, o.email, o.position_group, o.withdrawn, exists (select 1 from"
                    + " survey_invitation i join survey_response r on r.invitation_id = i.id where i.official_id = o.id)"
                    + " from survey_official o where o.round_id = ? and o.email in ("
                    + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")", rs -> {
                known.put(rs.getString(3), new Existing(rs.getLong(1), rs.getString(2), rs.getString(4),
                        rs.getBoolean(5), rs.getBoolean(6)));
            }, concat(roundId, chunk));
        }
        List<FrameError> taken = new ArrayList<>();
        for (Listed person : listed) {
            Existing other = known.get(person.email());
            if (other != null && !other.unitId().equals(unitId) && (!other.withdrawn() || other.answered())) {
                taken.add(new FrameError(person.row(), "C", "officials.listedByOtherUnit",
                        List.of(person.email(), units.get(other.unitId()).name())));
            }
        }
        if (!taken.isEmpty()) {
            throw new InvalidFrame(taken);
        }
        Instant now = clock.instant();
        Timestamp at = Timestamp.from(now);
        int version = jdbc.queryForObject("select coalesce(max(list_version), 0) + 1 from survey_official"
                + " where round_id = ? and unit_id = ?", Integer.class, roundId, unitId);
        List<Invited> invited = new ArrayList<>();
        int added = 0;
        int unchanged = 0;
        int regrouped = 0;
        Set<Long> onList = new HashSet<>();
        for (Listed person : listed) {
            Existing existing = known.get(person.email());
            long id;
            boolean newLink;
            if (existing == null) {
                id = insert(roundId, unitId, person, version, officer.username(), at);
                newLink = true;
                added++;
            } else {
                id = existing.id();
                boolean sameGroup = existing.positionGroup().equals(person.group());
                newLink = !existing.answered() && (existing.withdrawn() || !sameGroup);
                if (existing.withdrawn()) {
                    added++;
                } else if (sameGroup) {
                    unchanged++;
                } else {
                    regrouped++;
                }
                jdbc.update("update survey_official set unit_id = ?, full_name = ?, position_group = ?,"
                                + " list_version = ?, uploaded_by = ?, uploaded_at = ?, withdrawn = false"
                                + (newLink ? ", mailed_at = null, reminders = 0, last_reminded_at = null" : "")
                                + " where id = ?", unitId, person.name(), person.group(), version,
                        officer.username(), at, id);
            }
            onList.add(id);
            if (newLink) {
                IssuedCode code = invitations.issueOfficial(roundId, unitId, id, person.group(), officer.username());
                invited.add(new Invited(id, person.email(), person.name(), code));
            }
        }
        List<Long> gone = jdbc.queryForList("select id from survey_official where round_id = ? and unit_id = ?"
                + " and not withdrawn", Long.class, roundId, unitId).stream().filter(id -> !onList.contains(id)).toList();
        for (Long id : gone) {
            jdbc.update("update survey_official set withdrawn = true where id = ?", id);
            invitationStore.voidOfficial(id);
        }
        audit.record(officer.username(), unitId, "survey.officials.upload", roundId + "/" + unitId,
                "version=" + version + " added=" + added + " unchanged=" + unchanged + " regrouped=" + regrouped
                        + " withdrawn=" + gone.size());
        return new Upload(version, added, unchanged, regrouped, gone.size(), invited);
    }

    private long insert(String roundId, String unitId, Listed person, int version, String by, Timestamp at) {
        jdbc.update("insert into survey_official (round_id, unit_id, full_name, position_group, email, list_version,"
                        + " uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?)", roundId, unitId, person.name(),
                person.group(), person.email(), version, by, at);
        return jdbc.queryForObject("select id from survey_official where round_id = ? and email = ?", Long.class,
                roundId, person.email());
    }

    /** The first mail of a new link; on success the person shows as mailed, otherwise the reminder run retries. */
    private void firstMail(Invited person, String unitName, LocalDate deadline) {
        try {
            mail.getObject().send(new OfficialsMail.PersonalLink(person.email(), person.name(), unitName,
                    link(person.code()), deadline, false));
            jdbc.update("update survey_official set mailed_at = ? where id = ?", Timestamp.from(clock.instant()),
                    person.id());
        } catch (RuntimeException notSent) {
            log.warn("Officials' survey link to official {} not sent (retried by the next reminder run): {}",
                    person.id(), notSent.toString());
        }
    }

    private String link(IssuedCode issued) {
        return publicUrl + "/s/" + issued.code().value();
    }

    /** The round, for an officer of a unit taking part in it. */
    private Round roundOf(String roundId, Actor officer) {
        if (!officer.has(Role.PROVINCIAL_OFFICER)) {
            throw new vn.thuocdo.identity.AccessDenied(officer.username(), Role.PROVINCIAL_OFFICER.groupIn(
                    officer.unitId()));
        }
        Round round = rounds.find(roundId, officer).orElseThrow(() -> new Rejected("round.notFound"));
        if (!round.participants().contains(officer.unitId())) {
            throw new Rejected("round.notFound");
        }
        return round;
    }

    private WindowState openWindow(String roundId) {
        Instant now = clock.instant();
        WindowState state = window.of(roundId).orElseThrow(() -> new Rejected("officials.surveyNotOpen"));
        if (!state.openAt(now)) {
            throw new Rejected(state.closedAt() != null || !now.isBefore(state.closesAt())
                    ? "officials.surveyClosed" : "officials.surveyNotOpen");
        }
        return state;
    }

    /** The last day answers are taken, in Vietnam: the day of the closing instant's last moment before it. */
    private static LocalDate lastDay(WindowState state) {
        return state.closesAt().minusNanos(1).atZone(TimeZones.VIETNAM).toLocalDate();
    }

    private FrameWorkbooks workbooks() {
        FrameWorkbooks adapter = workbooks.getIfAvailable();
        if (adapter == null) {
            throw new IllegalStateException("No spreadsheet adapter (FrameWorkbooks): the integrations module is missing");
        }
        return adapter;
    }

    private static Object[] concat(String first, List<String> rest) {
        Object[] args = new Object[rest.size() + 1];
        args[0] = first;
        for (int i = 0; i < rest.size(); i++) {
            args[i + 1] = rest.get(i);
        }
        return args;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private record Listed(int row, String name, String group, String email) {
    }

    private record Existing(long id, String unitId, String positionGroup, boolean withdrawn, boolean answered) {
    }

    private record Invited(long id, String email, String name, IssuedCode code) {
    }

    private record Upload(int version, int added, int unchanged, int regrouped, int withdrawn, List<Invited> invited) {
    }

    private record Due(long id, String unitId, String fullName, String email, String positionGroup, Instant mailedAt,
                       Instant lastRemindedAt, int reminders) {
    }
}
