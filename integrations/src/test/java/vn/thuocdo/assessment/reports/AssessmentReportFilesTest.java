package vn.thuocdo.assessment.reports;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import vn.thuocdo.assessment.AssessmentReport;
import vn.thuocdo.assessment.AssessmentReport.Kind;
import vn.thuocdo.assessment.AssessmentReports;
import vn.thuocdo.assessment.AssessmentState;
import vn.thuocdo.forms.scorecard.Area;
import vn.thuocdo.forms.scorecard.Criterion;
import vn.thuocdo.forms.scorecard.Scorecard;
import vn.thuocdo.forms.scorecard.ScorecardCatalogue;
import vn.thuocdo.forms.scorecard.ScoringRule;
import vn.thuocdo.forms.scorecard.SelfScore;
import vn.thuocdo.forms.scorecard.SubCriterion;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports as a reader gets them: the PDF parsed back (Vietnamese text, every font embedded, several pages
 * numbered "Trang i/n"), checked by {@code pdffonts} when the machine has it; the workbook read back with points as
 * numbers and a formula-looking note kept as text. The wording is the application's Vietnamese bundle.
 */
class AssessmentReportFilesTest {

    static final String NOTE = Normalizer.normalize("Kế hoạch cải cách hành chính năm 2055 ban hành ngày 20/01/2055, "
            + "đúng hạn; đã triển khai đến 100% sở, ban, ngành và Ủy ban nhân dân cấp huyện.", Normalizer.Form.NFD);

    private final AssessmentReportFiles adapter = new AssessmentReportFiles();

    @Test
    void theAppraisalPdfIsVietnameseInEmbeddedFontsOnNumberedA4Pages() throws Exception {
        byte[] pdf = pdf(report(Kind.APPRAISAL));
        Path file = saved("bao-cao-tham-dinh.pdf", pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(2);
            for (PDPage page : document.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(595.27f, org.assertj.core.data.Offset.offset(0.1f));
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).matches("[A-Z]{6}\\+NotoSans-(Regular|Bold)");
                }
            }
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("BÁO CÁO THẨM ĐỊNH", "Thành phố Hải Phòng", "Đánh giá PAR INDEX năm 2055",
                    "Người thẩm định: Lê Thẩm Định", "Lãnh đạo đơn vị ký duyệt: Phạm Quốc Hùng, lúc 09:30 15/03/2055",
                    "Điểm thẩm định", "Giải trình của đơn vị", "Tổng cộng", "Trang 1/" + pages, "Trang " + pages + "/" + pages,
                    "ke-hoach-cchc.pdf (SHA-256 3f2a9c41d0b7…)", "Thiếu văn bản chứng minh", "0,25");
            assertThat(text).isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFC));
        }
        pdffonts(file);
    }

    @Test
    void theSelfAssessmentPdfShowsTheUnitsOwnAnswersNotesAndNoAppraisal() throws Exception {
        byte[] pdf = pdf(report(Kind.SELF_ASSESSMENT));
        saved("ban-tu-danh-gia.pdf", pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            assertThat(text).contains("BẢN TỰ ĐÁNH GIÁ", "Kế hoạch cải cách hành chính năm 2055", "Điểm tự chấm",
                    "Do điều tra xã hội học đánh giá", "Có");
            assertThat(text).doesNotContain("Điểm thẩm định", "Thiếu văn bản chứng minh", "Người thẩm định");
        }
    }

    @Test
    void theWorkbookHasPointsAsNumbersTheTotalAndAFormulaLookingNoteKeptAsText() throws Exception {
        AssessmentReport report = report(Kind.APPRAISAL);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        adapter.xlsx(report, bundle(), out);
        saved("bao-cao-tham-dinh.xlsx", out.toByteArray());
        List<Row> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("Báo cáo thẩm định");
            workbook.getFirstSheet().read().forEach(rows::add);
        }
        assertThat(rows.get(0).getCellText(0)).isEqualTo("BÁO CÁO THẨM ĐỊNH");
        Row head = rows.stream().filter(r -> "Mã".equals(r.getCellText(0))).findFirst().orElseThrow();
        assertThat(head.getCellText(5)).isEqualTo("Điểm thẩm định");
        Row first = rows.stream().filter(r -> "1.1.1".equals(r.getCellText(0))).findFirst().orElseThrow();
        assertThat(first.getCell(3).asNumber()).isEqualByComparingTo("0.25");
        assertThat(first.getCell(5).asNumber()).isEqualByComparingTo("0");
        assertThat(first.getCellText(6)).isEqualTo("Thiếu văn bản chứng minh");
        assertThat(first.getCellText(4)).contains("ke-hoach-cchc.pdf");
        Row formula = rows.stream().filter(r -> "1.1.2".equals(r.getCellText(0))).findFirst().orElseThrow();
        assertThat(formula.getCellText(7)).isEqualTo("'=HYPERLINK(\"http://x\")");
        Row total = rows.stream().filter(r -> "Tổng cộng".equals(r.getCellText(1))).findFirst().orElseThrow();
        assertThat(total.getCell(2).asNumber()).isEqualByComparingTo(report.totals().max());
        assertThat(total.getCell(3).asNumber()).isEqualByComparingTo(report.totals().self());
    }

    /** Kept under target/reports, to open and to render (pdftoppm) by hand. */
    private static Path saved(String name, byte[] content) throws Exception {
        Path file = Path.of("target", "reports", name);
        Files.createDirectories(file.getParent());
        return Files.write(file, content);
    }

    private byte[] pdf(AssessmentReport report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        adapter.pdf(report, bundle(), out);
        return out.toByteArray();
    }

    /** pdffonts lists every font with "emb" yes: what a print shop checks before it prints. */
    private static void pdffonts(Path file) throws Exception {
        if (!Files.isExecutable(Path.of("/usr/bin/pdffonts"))) {
            return;
        }
        Process process = new ProcessBuilder("/usr/bin/pdffonts", file.toString()).redirectErrorStream(true).start();
        String listing = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).isZero();
        List<String> fonts = listing.lines().skip(2).toList();
        assertThat(fonts).isNotEmpty().allSatisfy(line -> assertThat(line.split("\\s+")[4]).isEqualTo("yes"));
    }

    /** The application's Vietnamese bundle, formatted as the application formats it. */
    static AssessmentReports.Labels bundle() throws Exception {
        Properties words = new Properties();
        try (var in = Files.newInputStream(Path.of("..", "web-ui", "src", "main", "resources", "vaadin-i18n",
                "translations_vi.properties"))) {
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return (key, args) -> {
            String pattern = words.getProperty(key, "!" + key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.forLanguageTag("vi")).format(args);
        };
    }

    /** Hải Phòng's report on the shipped provincial scorecard, every self-scored sub-criterion answered. */
    static AssessmentReport report(Kind kind) {
        Scorecard scorecard = ScorecardCatalogue.load().forYear(Scorecard.Kind.PROVINCE, 2055).orElseThrow();
        List<AssessmentReport.AreaLines> areas = new ArrayList<>();
        BigDecimal all = BigDecimal.ZERO;
        for (Area area : scorecard.areas()) {
            List<AssessmentReport.CriterionLines> criteria = new ArrayList<>();
            BigDecimal areaSum = BigDecimal.ZERO;
            for (Criterion criterion : area.criteria()) {
                List<AssessmentReport.Line> lines = new ArrayList<>();
                BigDecimal sum = BigDecimal.ZERO;
                for (SubCriterion sub : criterion.subCriteria()) {
                    AssessmentReport.Line line = line(sub);
                    lines.add(line);
                    sum = sum.add(line.points() == null ? BigDecimal.ZERO : line.points());
                }
                criteria.add(new AssessmentReport.CriterionLines(criterion.code(), criterion.title().vi(),
                        new AssessmentReport.Totals(criterion.maxPoints(), sum, sum, null), lines));
                areaSum = areaSum.add(sum);
            }
            areas.add(new AssessmentReport.AreaLines(area.code(), area.title().vi(),
                    new AssessmentReport.Totals(area.maxPoints(), areaSum, areaSum, null), criteria));
            all = all.add(areaSum);
        }
        return new AssessmentReport(kind, "r-2055", "Đánh giá PAR INDEX năm 2055", 2055, "T34-31",
                "Thành phố Hải Phòng", scorecard.title().vi(), scorecard.version(), AssessmentState.IN_APPRAISAL,
                "Phạm Quốc Hùng", Instant.parse("2055-03-15T02:30:00Z"), "lanhdao.haiphong",
                Instant.parse("2055-03-16T03:00:00Z"), List.of("Lê Thẩm Định"), areas,
                new AssessmentReport.Totals(scorecard.totalPoints(), all, all, null), Instant.parse("2055-04-01T01:00:00Z"));
    }

    private static AssessmentReport.Line line(SubCriterion sub) {
        if (!sub.selfScored()) {
            return new AssessmentReport.Line(sub, sub.title().vi(), null, null, null, List.of(), null, null, null,
                    null, null);
        }
        SelfScore answer;
        BigDecimal points;
        if (sub.rule() instanceof ScoringRule.Tiered tiered) {
            ScoringRule.Level level = tiered.levels().get(1 % tiered.levels().size());
            answer = new SelfScore.Level(level.key());
            points = level.points();
        } else if (sub.rule() instanceof ScoringRule.Formula formula) {
            answer = new SelfScore.Figures(Map.of(formula.figures().get(0).id(), "1.400"));
            points = sub.maxPoints();
        } else {
            answer = new SelfScore.Done(true);
            points = sub.maxPoints();
        }
        boolean first = sub.code().equals("1.1.1");
        return new AssessmentReport.Line(sub, sub.title().vi(), answer, points, NOTE,
                first ? List.of(new AssessmentReport.Evidence("ke-hoach-cchc.pdf", "3f2a9c41d0b7"),
                        new AssessmentReport.Evidence("bao-cao-quy-1.docx", "0b7d3f2a9c41")) : List.of(),
                first ? BigDecimal.ZERO : null, first ? "Thiếu văn bản chứng minh" : null,
                sub.code().equals("1.1.2") ? "=HYPERLINK(\"http://x\")" : null, null, null);
    }
}
