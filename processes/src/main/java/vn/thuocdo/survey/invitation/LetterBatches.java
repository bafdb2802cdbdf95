package vn.thuocdo.survey.invitation;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.shared.TimeZones;
import vn.thuocdo.survey.SampleReview;
import vn.thuocdo.survey.SampleReviews;
import vn.thuocdo.survey.SampleState;
import vn.thuocdo.survey.response.ResponseCounts;
import vn.thuocdo.survey.response.SurveyWindow;
import vn.thuocdo.survey.response.WindowState;
import vn.thuocdo.units.Unit;
import vn.thuocdo.units.Units;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A province's (or one commune's) letters for Vietnam Post: issues the codes through {@link Invitations} and writes
 * them into a ZIP, per commune one PDF of letters and one code list, named with the commune's code and name. The
 * plaintext codes live only while the ZIP is written.
 */
@Service
public class LetterBatches {

    /** Where a household types its code by hand; the public survey page's address. */
    public static final String ENTRY_PATH = "/khao-sat";
    /** Where the QR code leads: the survey page with the code filled in. */
    public static final String CODE_PATH = "/s/";

    private final Invitations invitations;
    /** The adapter lives in integrations; processes' own tests run without it and never print. */
    private final ObjectProvider<InvitationLetters> letters;
    private final Rounds rounds;
    private final Units units;
    private final SurveyWindow window;
    private final SampleReviews reviews;
    private final ResponseCounts counts;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String publicUrl;

    LetterBatches(Invitations invitations, ObjectProvider<InvitationLetters> letters, Rounds rounds, Units units,
                  SurveyWindow window, SampleReviews reviews, ResponseCounts counts, JdbcTemplate jdbc, Clock clock,
                  @Value("${thuocdo.public-url:http://localhost:8080}") String publicUrl) {
        this.invitations = invitations;
        this.letters = letters;
        this.rounds = rounds;
        this.units = units;
        this.window = window;
        this.reviews = reviews;
        this.counts = counts;
        this.jdbc = jdbc;
        this.clock = clock;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** A province of the approved sample: its communes and household slots, letters working and answered. */
    public record ProvinceLetters(String unitId, String unitCode, String unitName, int communes, int householdSlots,
                                  long issued, long answered) {
    }

    /** A commune of a province's sample, likewise. */
    public record CommuneLetters(String communeCode, String communeName, int householdSlots, long issued,
                                 long answered) {
    }

    /** The rounds this coordinator organises whose sample is approved, newest year first. */
    @Transactional(readOnly = true)
    public List<Round> rounds(Actor actor) {
        if (!actor.has(Role.MINISTRY_COORDINATOR)) {
            return List.of();
        }
        Set<String> approved = new HashSet<>(jdbc.queryForList(
                "select round_id from survey_sample where state = 'APPROVED'", String.class));
        return rounds.visibleTo(actor).stream().filter(r -> actor.actsFor(r.organiserUnitId()))
                .filter(r -> approved.contains(r.id()))
                .sorted(Comparator.comparingInt(Round::year).reversed()).toList();
    }

    /**
     * The provinces of the round's approved sample with their letters: counts only (working letters, answers),
     * never which household answered.
     */
    @Transactional(readOnly = true)
    public List<ProvinceLetters> provinces(String roundId, Actor actor) {
        SampleReview review = reviews.current(roundId, actor)
                .filter(r -> r.version().state() == SampleState.APPROVED)
                .orElseThrow(() -> new Rejected("invitation.noApprovedSample"));
        Map<String, long[]> byUnit = new HashMap<>();
        for (ResponseCounts.Rate rate : counts.citizensByCommune(roundId)) {
            long[] sum = byUnit.computeIfAbsent(rate.unitId(), u -> new long[2]);
            sum[0] += rate.invited();
            sum[1] += rate.answered();
        }
        return review.provinces().stream().map(p -> {
            long[] sum = byUnit.getOrDefault(p.unitId(), new long[2]);
            return new ProvinceLetters(p.unitId(), p.unitCode(), p.unitName(), p.communes(), p.householdSlots(),
                    sum[0], sum[1]);
        }).toList();
    }

    /** The communes of a province in the round's approved sample, in code order, with their letters. */
    @Transactional(readOnly = true)
    public List<CommuneLetters> communes(String roundId, String unitId, Actor actor) {
        SampleReview review = reviews.current(roundId, actor)
                .filter(r -> r.version().state() == SampleState.APPROVED)
                .orElseThrow(() -> new Rejected("invitation.noApprovedSample"));
        Map<String, ResponseCounts.Rate> rates = new HashMap<>();
        counts.citizensByCommune(roundId).stream().filter(r -> unitId.equals(r.unitId()))
                .forEach(r -> rates.put(r.key(), r));
        return jdbc.query("select commune_code, min(commune_name), count(*) from survey_sample_unit"
                + " where sample_id = ? and unit_id = ? and stage = 'HOUSEHOLD' and draw_order is not null"
                + " group by commune_code order by commune_code", (rs, n) -> {
            ResponseCounts.Rate rate = rates.get(rs.getString(1));
            return new CommuneLetters(rs.getString(1), rs.getString(2), rs.getInt(3),
                    rate == null ? 0 : rate.invited(), rate == null ? 0 : rate.answered());
        }, review.version().id(), unitId);
    }

    /**
     * The last day printed on the letters, for the screen to show before anything is issued; refused as
     * {@link #write} would be (no deadline yet, survey over).
     */
    public LocalDate deadline(String roundId, Actor actor) {
        Round round = rounds.find(roundId, actor).orElseThrow(() -> new Rejected("round.notFound"));
        actor.require(Role.MINISTRY_COORDINATOR, round.organiserUnitId());
        return deadline(roundId);
    }

    /** What was written: the letters and the communes they are for. */
    public record Written(int letters, int communes) {
    }

    /**
     * Issues the letters of a province ({@code communeCode} null) or of one of its communes and writes the ZIP.
     * Refused before any code changes when the survey has no deadline yet or is over: a letter must say until when
     * it can be answered, and letters after the close would invite to nothing. Issuing voids the batch's earlier
     * unanswered codes (see {@link Invitations#issueLetters}); the issue is committed before the ZIP is written, so
     * a failed download is repaired by issuing again, which voids these codes in turn.
     */
    public Written write(String roundId, String unitId, String communeCode, Actor actor, OutputStream out)
            throws IOException {
        Round round = rounds.find(roundId, actor).orElseThrow(() -> new Rejected("round.notFound"));
        actor.require(Role.MINISTRY_COORDINATOR, round.organiserUnitId());
        LocalDate closesOn = deadline(roundId);
        Unit province = units.find(unitId).orElseThrow(() -> new Rejected("letters.unknownProvince"));
        InvitationLetters printer = letters.getObject();
        List<IssuedCode> issued = invitations.issueLetters(roundId, unitId, communeCode, actor);

        Map<String, List<IssuedCode>> byCommune = new LinkedHashMap<>();
        issued.stream().sorted(Comparator.comparing((IssuedCode c) -> c.invitation().communeCode())
                        .thenComparing(c -> c.invitation().sampleUnitId()))
                .forEach(c -> byCommune.computeIfAbsent(c.invitation().communeCode(), k -> new ArrayList<>()).add(c));
        ZipOutputStream zip = new ZipOutputStream(out);
        OutputStream entry = new KeptOpen(zip);
        for (List<IssuedCode> commune : byCommune.values()) {
            Invitation first = commune.get(0).invitation();
            List<InvitationLetters.Letter> page = commune.stream().map(c -> new InvitationLetters.Letter(
                    c.code().display(), publicUrl + CODE_PATH + c.code().value(), publicUrl + ENTRY_PATH,
                    province.name(), c.invitation().communeName(), c.invitation().villageName(),
                    c.invitation().householdPosition(), round.name(), round.year(), closesOn)).toList();
            InvitationLetters.LetterBatch batch = new InvitationLetters.LetterBatch(first.communeCode(),
                    first.communeName(), page);
            String name = fileName(first.communeCode(), first.communeName());
            zip.putNextEntry(new ZipEntry(name + ".pdf"));
            printer.letters(batch, entry);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(name + ".xlsx"));
            printer.codeList(batch, entry);
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
        return new Written(issued.size(), byCommune.size());
    }

    /** The ZIP's name for a province's (or a commune's) letters. */
    public static String zipName(int year, String provinceCode, String provinceName, String communeCode) {
        return "thu-moi-" + year + "-" + fileName(provinceCode, provinceName)
                + (communeCode == null ? "" : "-" + communeCode) + ".zip";
    }

    /** {@code 26734-phuong-ben-nghe}: the code first (unique), then the name a person recognises, ASCII only. */
    static String fileName(String code, String name) {
        String folded = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (folded.length() > 60) {
            folded = folded.substring(0, 60).replaceAll("-+$", "");
        }
        String safeCode = (code == null ? "" : code).replaceAll("[^A-Za-z0-9-]", "");
        return folded.isEmpty() ? safeCode : safeCode + "-" + folded;
    }

    /** The last day answers are taken, in Vietnam, from the round's open survey window. */
    private LocalDate deadline(String roundId) {
        WindowState state = window.of(roundId).orElseThrow(() -> new Rejected("letters.noDeadline"));
        if (state.closedAt() != null || !clock.instant().isBefore(state.closesAt())) {
            throw new Rejected("letters.surveyOver");
        }
        // Closing at midnight means the day before is the last one a household can answer.
        return state.closesAt().minusNanos(1).atZone(TimeZones.VIETNAM).toLocalDate();
    }

    /** Each entry's writer may close its stream; the ZIP must stay open for the next entry. */
    private static final class KeptOpen extends FilterOutputStream {
        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
