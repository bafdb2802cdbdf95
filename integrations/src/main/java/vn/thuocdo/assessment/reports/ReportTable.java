package vn.thuocdo.assessment.reports;

import vn.thuocdo.assessment.AssessmentReport;
import vn.thuocdo.assessment.AssessmentReport.Kind;
import vn.thuocdo.assessment.AssessmentReport.Totals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The report as one table, the same for the PDF and the workbook: its columns (the self-assessment's, or the
 * appraisal's with the appraised, explained and final values) and its rows - an area, its criteria, their
 * sub-criteria, and the total. A cell is a {@link BigDecimal} (points: a number in the workbook, 12,5 on paper) or
 * text.
 */
final class ReportTable {

    /** {@code pdfWidth} in points (the columns fill A4 portrait's 523 between margins), Excel's in characters. */
    record Column(String key, float pdfWidth, int excelWidth, boolean figure) {
    }

    enum Level { AREA, CRITERION, LINE, TOTAL }

    record Row(Level level, List<Object> cells) {
    }

    private static final List<Column> SELF = List.of(
            new Column("report.col.code", 34, 9, false),
            new Column("report.col.criterion", 150, 60, false),
            new Column("report.col.max", 34, 9, true),
            new Column("report.col.answer", 85, 34, false),
            new Column("report.col.self", 36, 10, true),
            new Column("report.col.note", 110, 40, false),
            new Column("report.col.evidence", 74, 48, false));

    private static final List<Column> APPRAISAL = List.of(
            new Column("report.col.code", 30, 9, false),
            new Column("report.col.criterion", 112, 60, false),
            new Column("report.col.max", 30, 9, true),
            new Column("report.col.self", 32, 10, true),
            new Column("report.col.evidence", 70, 48, false),
            new Column("report.col.appraised", 36, 10, true),
            new Column("report.col.reason", 66, 40, false),
            new Column("report.col.explanation", 66, 40, false),
            new Column("report.col.final", 34, 10, true),
            new Column("report.col.finalReason", 47, 40, false));

    final List<Column> columns;
    final List<Row> rows = new ArrayList<>();

    ReportTable(AssessmentReport report, ReportWords words) {
        boolean appraisal = report.kind() == Kind.APPRAISAL;
        columns = appraisal ? APPRAISAL : SELF;
        for (AssessmentReport.AreaLines area : report.areas()) {
            rows.add(sum(Level.AREA, area.code(), area.title(), area.totals(), appraisal));
            for (AssessmentReport.CriterionLines criterion : area.criteria()) {
                rows.add(sum(Level.CRITERION, criterion.code(), criterion.title(), criterion.totals(), appraisal));
                for (AssessmentReport.Line line : criterion.subCriteria()) {
                    rows.add(line(line, words, appraisal));
                }
            }
        }
        rows.add(sum(Level.TOTAL, "", words.say("report.total"), report.totals(), appraisal));
    }

    private Row sum(Level level, String code, String title, Totals totals, boolean appraisal) {
        Object[] cells = new Object[columns.size()];
        Arrays.fill(cells, "");
        cells[0] = code;
        cells[1] = ReportWords.orEmpty(title);
        cells[2] = totals.max();
        if (appraisal) {
            cells[3] = totals.self();
            cells[5] = totals.appraised();
            cells[8] = totals.finalPoints() == null ? "" : totals.finalPoints();
        } else {
            cells[4] = totals.self();
        }
        return new Row(level, Arrays.asList(cells));
    }

    private static Row line(AssessmentReport.Line line, ReportWords words, boolean appraisal) {
        String title = ReportWords.orEmpty(line.title());
        Object self = line.points() == null ? (line.surveyAssessed() ? words.say("report.survey") : "—")
                : line.points();
        if (!appraisal) {
            return new Row(Level.LINE, List.of(line.sub().code(), title, line.sub().maxPoints(), words.answer(line),
                    line.surveyAssessed() ? "" : self, ReportWords.orEmpty(line.note()), words.evidence(line)));
        }
        return new Row(Level.LINE, List.of(line.sub().code(), title, line.sub().maxPoints(), self,
                words.evidence(line), line.appraisedPoints() == null ? "" : line.appraisedPoints(),
                ReportWords.orEmpty(line.appraisedReason()), ReportWords.orEmpty(line.explanation()),
                line.finalPoints() == null ? "" : line.finalPoints(), ReportWords.orEmpty(line.finalReason())));
    }
}
