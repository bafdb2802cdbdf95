package vn.thuocdo.scorecard.xlsx;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import vn.thuocdo.forms.Text;
import vn.thuocdo.forms.scorecard.Area;
import vn.thuocdo.forms.scorecard.Criterion;
import vn.thuocdo.forms.scorecard.Scorecard;
import vn.thuocdo.forms.scorecard.ScorecardInvalid;
import vn.thuocdo.forms.scorecard.ScorecardProblem;
import vn.thuocdo.forms.scorecard.Scorecards;
import vn.thuocdo.forms.scorecard.ScoringRule;
import vn.thuocdo.forms.scorecard.SubCriterion;
import vn.thuocdo.scorecard.InvalidScorecardWorkbook;
import vn.thuocdo.scorecard.ScorecardWorkbookError;
import vn.thuocdo.scorecard.ScorecardWorkbooks;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the template into a scorecard, all or nothing: every cell is bounded before it is looked at, every error is
 * kept with its sheet and row (up to {@link Template#ERRORS_MAX}), and the scorecard's own rules run once on the
 * whole tree, their refusals said of the row of the code they name ("Dòng 12: ...").
 */
final class TemplateReader {

    private static final String ABOUT = ScorecardWorkbooks.ABOUT_SHEET;
    private static final String TREE = ScorecardWorkbooks.TREE_SHEET;
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,9}([.,]\\d{1,6})?");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,9}");

    private final List<ScorecardWorkbookError> errors = new ArrayList<>();
    private final Map<String, Integer> aboutRows = new HashMap<>();
    private final Map<String, Integer> codeRows = new HashMap<>();

    private TemplateReader() {
    }

    static Scorecard read(ReadableWorkbook workbook) {
        return new TemplateReader().scorecard(workbook);
    }

    private record Line(int row, List<String> cells) {
        String cell(int column) {
            return column < 0 || column >= cells.size() ? null : cells.get(column);
        }
    }

    private Scorecard scorecard(ReadableWorkbook workbook) {
        Optional<Sheet> aboutSheet = named(workbook, ABOUT);
        Optional<Sheet> treeSheet = named(workbook, TREE);
        if (aboutSheet.isEmpty()) {
            error(ABOUT, 0, null, "scorecard.workbook.sheetMissing", ABOUT);
        }
        if (treeSheet.isEmpty()) {
            error(TREE, 0, null, "scorecard.workbook.sheetMissing", TREE);
        }
        refuseIfAny();
        Map<String, String> about = about(lines(aboutSheet.get(), ABOUT));
        List<Area> areas = tree(lines(treeSheet.get(), TREE));
        refuseIfAny();
        Scorecard scorecard = new Scorecard(about.get("id"), whole(ABOUT, "version", about.get("version"), 0),
                kind(about.get("kind")), years(about), text(about.get("titleVi"), about.get("titleEn")),
                number(ABOUT, aboutRows.getOrDefault("totalPoints", 0), Template.PROPERTY_VALUE,
                        about.get("totalPoints")),
                number(ABOUT, aboutRows.getOrDefault("surveyPoints", 0), Template.PROPERTY_VALUE,
                        about.get("surveyPoints")),
                yesNo(ABOUT, aboutRows.getOrDefault("provisional", 0), Template.PROPERTY_VALUE,
                        about.get("provisional"), false),
                text(about.get("sourceVi"), about.get("sourceEn")), areas);
        refuseIfAny();
        try {
            return Scorecards.validate(scorecard);
        } catch (ScorecardInvalid invalid) {
            for (ScorecardProblem problem : invalid.problems()) {
                String at = problem.at();
                Integer row = codeRows.get(at);
                if (row != null) {
                    error(TREE, row, null, problem.code(), problem.args().toArray());
                } else {
                    String property = at.equals("years") ? "yearFrom" : at.equals("title") ? "titleVi" : at;
                    error(ABOUT, aboutRows.getOrDefault(property, 0), null, problem.code(),
                            problem.args().toArray());
                }
            }
            throw new InvalidScorecardWorkbook(errors);
        }
    }

    /** The "Thông tin" sheet: one known property per row, each once. */
    private Map<String, String> about(List<Line> lines) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> known = Template.PROPERTIES.stream().map(p -> p.get(0)).toList();
        for (Line line : lines) {
            String key = line.cell(0);
            if (key == null || line.row() == 1) {
                continue;
            }
            if (!known.contains(key)) {
                error(ABOUT, line.row(), Template.PROPERTY, "scorecard.workbook.unknownProperty", shown(key));
            } else if (aboutRows.putIfAbsent(key, line.row()) != null) {
                error(ABOUT, line.row(), Template.PROPERTY, "scorecard.workbook.duplicateProperty", key,
                        aboutRows.get(key));
            } else {
                values.put(key, line.cell(1));
            }
        }
        for (String required : List.of("id", "version", "kind", "yearFrom", "titleVi", "totalPoints")) {
            if (values.get(required) == null) {
                error(ABOUT, aboutRows.getOrDefault(required, 0), Template.PROPERTY_VALUE,
                        "scorecard.workbook.missingValue", required);
            }
        }
        return values;
    }

    /** The "Tiêu chí" sheet: areas, criteria and sub-criteria in order, each under the code it continues. */
    private List<Area> tree(List<Line> lines) {
        int before = errors.size();
        Map<String, Integer> columns = new HashMap<>();
        List<String> headers = lines.isEmpty() ? List.of() : lines.get(0).cells();
        for (int c = 0; c < headers.size(); c++) {
            String header = headers.get(c);
            if (header == null) {
                continue;
            }
            String known = Template.TREE_COLUMNS.stream().filter(h -> h.equalsIgnoreCase(header.strip()))
                    .findFirst().orElse(null);
            if (known == null) {
                error(TREE, 1, shown(header), "scorecard.workbook.unknownColumn", shown(header));
            } else if (columns.putIfAbsent(known, c) != null) {
                error(TREE, 1, known, "scorecard.workbook.duplicateColumn", known);
            }
        }
        for (String required : List.of(Template.CODE, Template.LEVEL, Template.TITLE_VI, Template.MAX_POINTS,
                Template.TYPE)) {
            if (!columns.containsKey(required)) {
                error(TREE, 1, required, "scorecard.workbook.missingColumn", required);
            }
        }
        if (errors.size() > before) {
            return List.of();
        }
        List<Node> areas = new ArrayList<>();
        Map<String, Node> byCode = new HashMap<>();
        for (Line line : lines.subList(1, lines.size())) {
            Node node = node(line, columns);
            if (node == null) {
                continue;
            }
            if (codeRows.putIfAbsent(node.code, line.row()) != null) {
                error(TREE, line.row(), Template.CODE, "scorecard.duplicateCode", node.code);
                continue;
            }
            if (node.level == 1) {
                areas.add(node);
            } else {
                String parentCode = node.code.substring(0, node.code.lastIndexOf('.'));
                Node parent = byCode.get(parentCode);
                if (parent == null || parent.level != node.level - 1) {
                    error(TREE, line.row(), Template.CODE, "scorecard.workbook.noParent", node.code, parentCode);
                    continue;
                }
                parent.children.add(node);
            }
            byCode.put(node.code, node);
        }
        if (areas.isEmpty() && errors.size() == before) {
            error(TREE, 0, null, "scorecard.workbook.empty");
        }
        return areas.stream().map(Node::area).toList();
    }

    /** A row as it will sit in the tree. */
    private static final class Node {
        final String code;
        final int level;
        final Text title;
        final BigDecimal max;
        final Text guidance;
        final Boolean evidence;
        final ScoringRule rule;
        final List<Node> children = new ArrayList<>();

        Node(String code, int level, Text title, BigDecimal max, Text guidance, Boolean evidence, ScoringRule rule) {
            this.code = code;
            this.level = level;
            this.title = title;
            this.max = max;
            this.guidance = guidance;
            this.evidence = evidence;
            this.rule = rule;
        }

        Area area() {
            return new Area(code, title, max, children.stream().map(Node::criterion).toList());
        }

        Criterion criterion() {
            return new Criterion(code, title, max, guidance, children.stream().map(Node::sub).toList());
        }

        SubCriterion sub() {
            return new SubCriterion(code, title, max, guidance, evidence, rule);
        }
    }

    private Node node(Line line, Map<String, Integer> columns) {
        int row = line.row();
        String code = cell(line, columns, Template.CODE);
        if (code == null) {
            error(TREE, row, Template.CODE, "scorecard.workbook.missingValue", Template.CODE);
            return null;
        }
        if (code.length() > 20 || !code.matches("[1-9][0-9]{0,2}(\\.[1-9][0-9]{0,2}){0,2}")) {
            error(TREE, row, Template.CODE, "scorecard.badCode", shown(code));
            return null;
        }
        int depth = code.split("\\.").length;
        String levelText = cell(line, columns, Template.LEVEL);
        int level = whole(TREE, row, Template.LEVEL, levelText);
        if (levelText != null && level != depth && level != -1) {
            error(TREE, row, Template.LEVEL, "scorecard.workbook.badLevel", code, level, depth);
        }
        String titleVi = cell(line, columns, Template.TITLE_VI);
        if (titleVi == null) {
            error(TREE, row, Template.TITLE_VI, "scorecard.workbook.missingValue", Template.TITLE_VI);
        }
        BigDecimal max = number(TREE, row, Template.MAX_POINTS, cell(line, columns, Template.MAX_POINTS));
        Text guidance = text(cell(line, columns, Template.GUIDANCE_VI), cell(line, columns, Template.GUIDANCE_EN));
        ScoringRule rule = null;
        Boolean evidence = null;
        if (depth < 3) {
            for (String column : Template.RULE_COLUMNS) {
                if (cell(line, columns, column) != null) {
                    error(TREE, row, column, "scorecard.workbook.notForLevel", column, code);
                }
            }
        } else {
            rule = rule(line, columns);
            String evidenceText = cell(line, columns, Template.EVIDENCE);
            evidence = evidenceText == null ? null : yesNo(TREE, row, Template.EVIDENCE, evidenceText, true);
        }
        // A node with errors still takes its place, so its children are not also refused as orphans.
        return new Node(code, depth, text(titleVi, cell(line, columns, Template.TITLE_EN)), max,
                depth == 1 ? null : guidance, evidence, rule);
    }

    private ScoringRule rule(Line line, Map<String, Integer> columns) {
        int row = line.row();
        String type = cell(line, columns, Template.TYPE);
        if (type == null) {
            error(TREE, row, Template.TYPE, "scorecard.workbook.missingValue", Template.TYPE);
            return null;
        }
        switch (type.toUpperCase(Locale.ROOT)) {
            case "YES_NO":
                onlyFor(line, columns, "YES_NO");
                return new ScoringRule.YesNo();
            case "TIERED":
                onlyFor(line, columns, "TIERED", Template.LEVELS);
                return new ScoringRule.Tiered(entries(line, columns, Template.LEVELS, 3, 4).stream()
                        .map(p -> new ScoringRule.Level(p.get(0), text(p.get(2), part(p, 3)),
                                number(TREE, row, Template.LEVELS, p.get(1))))
                        .toList());
            case "FORMULA":
                onlyFor(line, columns, "FORMULA", Template.FIGURES, Template.VALUE, Template.SCORING,
                        Template.BANDS, Template.CHECKS, Template.WHEN_UNDEFINED);
                return formula(line, columns);
            case "SURVEY":
                onlyFor(line, columns, "SURVEY", Template.MEASURE);
                return new ScoringRule.Survey(cell(line, columns, Template.MEASURE),
                        ScoringRule.Survey.Mapping.PROPORTIONAL);
            default:
                error(TREE, row, Template.TYPE, "scorecard.workbook.badType", shown(type));
                return null;
        }
    }

    private ScoringRule.Formula formula(Line line, Map<String, Integer> columns) {
        int row = line.row();
        List<ScoringRule.Figure> figures = new ArrayList<>();
        for (List<String> p : entries(line, columns, Template.FIGURES, 4, 5)) {
            ScoringRule.FigureKind kind = null;
            String kindText = p.get(1).toUpperCase(Locale.ROOT);
            if (kindText.equals("INTEGER") || kindText.equals("DECIMAL")) {
                kind = ScoringRule.FigureKind.valueOf(kindText);
            } else {
                error(TREE, row, Template.FIGURES, "scorecard.workbook.badFigureKind", shown(p.get(1)));
            }
            figures.add(new ScoringRule.Figure(p.get(0), text(p.get(3), part(p, 4)), kind,
                    p.get(2).isEmpty() ? null : number(TREE, row, Template.FIGURES, p.get(2))));
        }
        String scoringText = cell(line, columns, Template.SCORING);
        ScoringRule.Formula.Method scoring = null;
        if (scoringText == null) {
            error(TREE, row, Template.SCORING, "scorecard.workbook.missingValue", Template.SCORING);
        } else if (scoringText.equalsIgnoreCase("PROPORTIONAL") || scoringText.equalsIgnoreCase("BANDS")) {
            scoring = ScoringRule.Formula.Method.valueOf(scoringText.toUpperCase(Locale.ROOT));
        } else {
            error(TREE, row, Template.SCORING, "scorecard.workbook.badScoring", shown(scoringText));
        }
        List<ScoringRule.Band> bands = entries(line, columns, Template.BANDS, 2, 2).stream()
                .map(p -> new ScoringRule.Band(number(TREE, row, Template.BANDS, p.get(0)),
                        number(TREE, row, Template.BANDS, p.get(1)))).toList();
        List<ScoringRule.Check> checks = entries(line, columns, Template.CHECKS, 2, 3).stream()
                .map(p -> new ScoringRule.Check(p.get(0), text(p.get(1), part(p, 2)))).toList();
        return new ScoringRule.Formula(figures, cell(line, columns, Template.VALUE), scoring, bands, checks,
                number(TREE, row, Template.WHEN_UNDEFINED, cell(line, columns, Template.WHEN_UNDEFINED)));
    }

    /** A rule's own columns may be filled; another rule's are an error, never silently dropped. */
    private void onlyFor(Line line, Map<String, Integer> columns, String type, String... own) {
        List<String> allowed = List.of(own);
        for (String column : Template.RULE_COLUMNS) {
            if (!column.equals(Template.TYPE) && !column.equals(Template.EVIDENCE) && !allowed.contains(column)
                    && cell(line, columns, column) != null) {
                error(TREE, line.row(), column, "scorecard.workbook.notForType", column, type);
            }
        }
    }

    /** A list cell: one entry per line, parts separated by '|', between {@code min} and {@code max} parts each. */
    private List<List<String>> entries(Line line, Map<String, Integer> columns, String column, int min, int max) {
        String text = cell(line, columns, column);
        if (text == null) {
            return List.of();
        }
        String[] rows = text.split("\\r?\\n");
        if (rows.length > Template.LINES_MAX) {
            error(TREE, line.row(), column, "scorecard.workbook.tooManyLines", column, Template.LINES_MAX);
            return List.of();
        }
        List<List<String>> entries = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].isBlank()) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            for (String part : rows[i].split("\\|", -1)) {
                parts.add(part.strip());
            }
            if (parts.size() < min || parts.size() > max || parts.get(0).isEmpty()) {
                error(TREE, line.row(), column, "scorecard.workbook.badEntry", column, i + 1, min, max);
                continue;
            }
            entries.add(parts);
        }
        return entries;
    }

    private static String part(List<String> parts, int index) {
        return index < parts.size() && !parts.get(index).isEmpty() ? parts.get(index) : null;
    }

    private String cell(Line line, Map<String, Integer> columns, String column) {
        Integer c = columns.get(column);
        return c == null ? null : line.cell(c);
    }

    private Scorecard.Kind kind(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Scorecard.Kind.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            error(ABOUT, aboutRows.getOrDefault("kind", 0), Template.PROPERTY_VALUE, "scorecard.workbook.badKind",
                    shown(text));
            return null;
        }
    }

    private Scorecard.Years years(Map<String, String> about) {
        int from = whole(ABOUT, "yearFrom", about.get("yearFrom"), -1);
        String toText = about.get("yearTo");
        Integer to = toText == null ? null : whole(ABOUT, "yearTo", toText, -1);
        return from < 0 || (to != null && to < 0) ? null : new Scorecard.Years(from, to);
    }

    private int whole(String sheet, String property, String text, int missing) {
        if (text == null) {
            return missing;
        }
        return whole(sheet, aboutRows.getOrDefault(property, 0), Template.PROPERTY_VALUE, text);
    }

    /** A whole number, or -1 when empty or refused. */
    private int whole(String sheet, int row, String column, String text) {
        if (text == null) {
            return -1;
        }
        if (!WHOLE.matcher(text).matches()) {
            error(sheet, row, column, "scorecard.workbook.notWhole", column, shown(text));
            return -1;
        }
        return Integer.parseInt(text);
    }

    /** Points as Vietnamese or English write them (1,5 or 1.5, no grouping), or null when empty or refused. */
    private BigDecimal number(String sheet, int row, String column, String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (!NUMBER.matcher(text).matches()) {
            error(sheet, row, column, "scorecard.workbook.notNumber", column, shown(text));
            return null;
        }
        return new BigDecimal(text.replace(',', '.'));
    }

    private Boolean yesNo(String sheet, int row, String column, String text, boolean empty) {
        if (text == null) {
            return empty;
        }
        switch (text.toLowerCase(Locale.ROOT)) {
            case "có", "co", "yes", "true", "x" -> {
                return true;
            }
            case "không", "khong", "no", "false" -> {
                return false;
            }
            default -> {
                error(sheet, row, column, "scorecard.workbook.notYesNo", column, shown(text));
                return empty;
            }
        }
    }

    private static Text text(String vi, String en) {
        return vi == null ? null : new Text(vi, en);
    }

    private void error(String sheet, int row, String column, String key, Object... args) {
        if (errors.size() == Template.ERRORS_MAX) {
            errors.add(new ScorecardWorkbookError(null, 0, null, "scorecard.workbook.tooManyErrors",
                    List.of(Template.ERRORS_MAX)));
            throw new InvalidScorecardWorkbook(errors);
        }
        errors.add(new ScorecardWorkbookError(sheet, row, column, key, List.of(args)));
    }

    private void refuseIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidScorecardWorkbook(errors);
        }
    }

    private static String shown(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }

    private static Optional<Sheet> named(ReadableWorkbook workbook, String name) {
        return workbook.getSheets().filter(s -> s.getName().strip().equalsIgnoreCase(name)).findFirst();
    }

    /** The sheet's non-blank rows (the header included), each cell's text bounded, at most ROWS_MAX rows. */
    private List<Line> lines(Sheet sheet, String name) {
        List<Line> lines = new ArrayList<>();
        try (Stream<Row> rows = sheet.openStream()) {
            Iterator<Row> it = rows.iterator();
            int offset = -1;
            while (it.hasNext()) {
                Row row = it.next();
                if (offset < 0) {
                    // FastExcel numbers rows from the r attribute (from 1), else counts from 0, as compact writers save.
                    offset = row.getRowNum() == 0 ? 1 : 0;
                }
                int number = row.getRowNum() + offset;
                List<String> cells = new ArrayList<>(row.getCellCount());
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(text(row.getCell(i)));
                }
                if (cells.stream().noneMatch(c -> c != null)) {
                    continue;
                }
                if (lines.size() > Template.ROWS_MAX) {
                    throw new InvalidScorecardWorkbook(List.of(new ScorecardWorkbookError(name, 0, null,
                            "scorecard.workbook.tooManyRows", List.of(Template.ROWS_MAX))));
                }
                for (int i = 0; i < cells.size(); i++) {
                    if (cells.get(i) != null && cells.get(i).length() > Template.CELL_MAX) {
                        error(name, number, null, "scorecard.workbook.cellTooLong", Template.CELL_MAX);
                        cells.set(i, null);
                    }
                }
                lines.add(new Line(number, cells));
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof InvalidScorecardWorkbook refused) {
                throw refused;
            }
            throw new InvalidScorecardWorkbook(List.of(ScorecardWorkbookError.ofFile("scorecard.workbook.notXlsx")));
        }
        return lines;
    }

    /** A cell as text: a number as written without trailing zeros, a boolean as có/không. */
    private static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        String text = switch (cell.getType()) {
            case NUMBER -> {
                BigDecimal stripped = cell.asNumber().stripTrailingZeros();
                yield (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
            }
            case STRING -> cell.asString();
            case BOOLEAN -> cell.asBoolean() ? "có" : "không";
            case FORMULA, ERROR -> cell.getRawValue();
            case EMPTY -> null;
        };
        if (text == null) {
            return null;
        }
        text = text.strip();
        return text.isEmpty() ? null : text;
    }
}
