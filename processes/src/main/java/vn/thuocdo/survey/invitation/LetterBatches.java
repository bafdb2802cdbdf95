package vn.thuocdo.survey.invitation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.shared.TimeZones;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    private final InvitationLetters letters;
    private final Rounds rounds;
    private final Units units;
    private final SurveyWindow window;
    private final Clock clock;
    private final String publicUrl;

    LetterBatches(Invitations invitations, InvitationLetters letters, Rounds rounds, Units units,
                  SurveyWindow window, Clock clock,
                  @Value("${thuocdo.public-url:http://localhost:8080}") String publicUrl) {
        this.invitations = invitations;
        this.letters = letters;
        this.rounds = rounds;
        this.units = units;
        this.window = window;
        this.clock = clock;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
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
            letters.letters(batch, entry);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(name + ".xlsx"));
            letters.codeList(batch, entry);
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
