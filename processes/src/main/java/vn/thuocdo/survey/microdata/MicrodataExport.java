package vn.thuocdo.survey.microdata;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thuocdo.audit.AuditLog;
import vn.thuocdo.forms.questionnaire.Question;
import vn.thuocdo.forms.questionnaire.QuestionKind;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.shared.CellText;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.survey.Questionnaires;

import javax.sql.DataSource;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The survey's microdata as CSV for statisticians: one row per final response of one questionnaire of a round.
 * <p>
 * Pseudonymised: a row number stands for the respondent (rows are ordered by province, commune and the response's
 * random id, so the number says nothing about who answered or when); no invitation, code, name or e-mail; the day
 * received, not the time. The design columns a weighted estimate needs: the household slot's design weight,
 * stratum = province, cluster = commune. One column per answered question in questionnaire order, multiple
 * choices as {@code a|b}.
 * <p>
 * Streamed: a forward-only cursor (autocommit off, a fetch size) read row by row into the response's stream, so a
 * million rows take the memory of one fetch. UTF-8 with a byte order mark, so Excel reads Vietnamese right; text
 * cells that Excel would read as a formula are neutralised ({@link CellText}); numbers are written as numbers.
 */
@Service
public class MicrodataExport {

    static final int FETCH_SIZE = 2_000;
    static final List<String> DESIGN_COLUMNS = List.of("respondent", "unit_id", "commune_code", "position_group",
            "weight", "stratum", "cluster", "channel", "received_on");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final JsonFactory JSON = new JsonFactory();

    private final JdbcTemplate jdbc;
    private final JdbcTemplate cursor;
    private final Questionnaires questionnaires;
    private final AuditLog audit;

    MicrodataExport(JdbcTemplate jdbc, DataSource dataSource, Questionnaires questionnaires, AuditLog audit) {
        this.jdbc = jdbc;
        this.cursor = new JdbcTemplate(dataSource);
        // With autocommit off (the transaction below), PostgreSQL's driver then reads through a server-side cursor.
        this.cursor.setFetchSize(FETCH_SIZE);
        this.questionnaires = questionnaires;
        this.audit = audit;
    }

    /** Rounds that have chosen their questionnaires, newest first, with their response counts. */
    @Transactional(readOnly = true)
    public List<ExportableRound> rounds(Actor actor) {
        requireStatistician(actor);
        return jdbc.query("select e.id, e.round_year, e.name,"
                + " (select count(*) from survey_response r where r.round_id = e.id"
                + "   and r.questionnaire = p.citizen_questionnaire),"
                + " (select count(*) from survey_response r where r.round_id = e.id"
                + "   and r.questionnaire = p.officials_questionnaire)"
                + " from evaluation_round e join survey_plan p on p.round_id = e.id"
                + " order by e.round_year desc, e.name", (rs, n) -> new ExportableRound(rs.getString(1), rs.getInt(2),
                rs.getString(3), rs.getLong(4), rs.getLong(5)));
    }

    /**
     * Writes the round's responses to the questionnaire of that kind as CSV and returns how many rows; the stream is
     * flushed, not closed. Audited with the round and the row count.
     */
    @Transactional
    public long write(String roundId, Questionnaire.Kind kind, OutputStream out, Actor actor) {
        requireStatistician(actor);
        String reference = jdbc.query("select citizen_questionnaire, officials_questionnaire from survey_plan"
                        + " where round_id = ?", (rs, n) -> rs.getString(kind == Questionnaire.Kind.CITIZEN ? 1 : 2),
                roundId).stream().findFirst().orElseThrow(() -> new Rejected("microdata.noSurvey"));
        Questionnaire questionnaire = questionnaires.find(reference)
                .orElseThrow(() -> new Rejected("microdata.noSurvey"));
        List<Question> columns = questionnaire.questions().stream().filter(q -> q.kind() != QuestionKind.NOTE)
                .toList();
        Map<String, Integer> columnOf = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            columnOf.put(columns.get(i).id(), i);
        }
        Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        long[] rows = {0};
        try {
            csv.write('\uFEFF');
            List<String> header = new ArrayList<>(DESIGN_COLUMNS);
            columns.forEach(q -> header.add(q.id()));
            for (int i = 0; i < header.size(); i++) {
                cell(csv, i, header.get(i), false);
            }
            csv.write("\r\n");
            Cell[] answers = new Cell[columns.size()];
            cursor.query("select r.unit_id, r.commune_code, r.position_group, su.weight, r.channel, r.received_at,"
                    + " r.answers from survey_response r"
                    + " left join survey_invitation i on i.id = r.invitation_id"
                    + " left join survey_sample_unit su on su.id = i.sample_unit_id"
                    + " where r.round_id = ? and r.questionnaire = ?"
                    + " order by r.unit_id, r.commune_code, r.id", rs -> {
                try {
                    row(csv, ++rows[0], rs, answers, columnOf);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, roundId, reference);
            csv.flush();
        } catch (IOException | UncheckedIOException e) {
            audit.recordAlone(actor.username(), actor.unitId(), "survey.microdata.export", roundId + "/" + kind,
                    "INTERRUPTED", rows[0] + " rows before the download broke off");
            throw e instanceof UncheckedIOException u ? u : new UncheckedIOException((IOException) e);
        }
        audit.record(actor.username(), actor.unitId(), "survey.microdata.export", roundId + "/" + kind,
                reference + ", " + rows[0] + " rows");
        return rows[0];
    }

    private static void requireStatistician(Actor actor) {
        if (!actor.has(Role.SURVEY_STATISTICIAN)) {
            throw new AccessDenied(actor.username(), Role.SURVEY_STATISTICIAN.groupIn(actor.unitId()));
        }
    }

    /** An answer read from the stored JSON: a number stays a number (no neutralising), a text is text. */
    private record Cell(String text, boolean number) {
    }

    private static void row(Writer csv, long number, ResultSet rs, Cell[] answers, Map<String, Integer> columnOf)
            throws SQLException, IOException {
        String unit = rs.getString(1);
        String commune = rs.getString(2);
        double weight = rs.getDouble(4);
        boolean weighted = !rs.wasNull();
        csv.write(Long.toString(number));
        cell(csv, 1, unit, false);
        cell(csv, 2, commune, false);
        cell(csv, 3, rs.getString(3), false);
        cell(csv, 4, weighted ? Double.toString(weight) : null, true);
        cell(csv, 5, unit, false);
        cell(csv, 6, commune, false);
        cell(csv, 7, rs.getString(5), false);
        cell(csv, 8, rs.getTimestamp(6).toInstant().atZone(VIETNAM).toLocalDate().toString(), false);
        java.util.Arrays.fill(answers, null);
        read(rs.getString(7), answers, columnOf);
        for (Cell answer : answers) {
            cell(csv, 1, answer == null ? null : answer.text(), answer != null && answer.number());
        }
        csv.write("\r\n");
    }

    /** Reads the stored answers token by token: no map per row, a million rows stay cheap. */
    private static void read(String json, Cell[] answers, Map<String, Integer> columnOf) throws IOException {
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                Integer column = columnOf.get(parser.currentName());
                JsonToken value = parser.nextToken();
                if (column == null) {
                    parser.skipChildren();
                } else if (value == JsonToken.START_ARRAY) {
                    StringBuilder joined = new StringBuilder();
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        if (!joined.isEmpty()) {
                            joined.append('|');
                        }
                        joined.append(parser.getText());
                    }
                    answers[column] = new Cell(joined.toString(), false);
                } else if (value == JsonToken.START_OBJECT) {
                    parser.skipChildren();
                } else if (value != JsonToken.VALUE_NULL) {
                    answers[column] = new Cell(parser.getText(), value.isNumeric());
                }
            }
        }
    }

    /** One cell, after a comma unless first: RFC 4180 quoting, formula-like text neutralised. */
    private static void cell(Writer csv, int index, String text, boolean number) throws IOException {
        if (index > 0) {
            csv.write(',');
        }
        if (text == null || text.isEmpty()) {
            return;
        }
        String safe = number ? text : CellText.neutralised(text);
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            csv.write('"');
            csv.write(safe.replace("\"", "\"\""));
            csv.write('"');
        } else {
            csv.write(safe);
        }
    }
}
