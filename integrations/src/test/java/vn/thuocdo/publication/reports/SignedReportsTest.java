package vn.thuocdo.publication.reports;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thuocdo.publication.FileKind;
import vn.thuocdo.publication.PublicationDraft;
import vn.thuocdo.publication.PublicationFile;
import vn.thuocdo.testing.AdapterTest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The publication's PDFs as a reader and a verifier get them, from publication rows written with plain SQL: the
 * national report and every unit's scorecard open, read in Vietnamese, embed every font (PDFBox, and
 * {@code pdffonts} when present), carry JFreeChart's charts as images, and are signed PAdES B-B - the CMS verifies
 * over the byte range with BouncyCastle, and {@code pdfsig} says "Signature is Valid" when present (the demo
 * certificate is untrusted, as expected). Files are kept under target/publication-reports to look at.
 */
@AdapterTest
class SignedReportsTest {

    @Autowired JdbcClient db;
    @Autowired SignedReports reports;
    @Autowired PublishedRecords records;

    @Test
    void theNationalReportRanksProvincesAndMinistriesWithChartsMethodAndSampleSignedWithTheDemoKey() throws Exception {
        PublicationScene scene = new PublicationScene(db, 2111);
        PublicationDraft draft = scene.publish(2111, scene.provinces(6), scene.ministries(3), null, null);

        List<PublicationFile> files = reports.files(draft);

        assertThat(files).hasSize(1 + 6 + 3);
        PublicationFile national = files.get(0);
        assertThat(national.path()).isEqualTo("bao-cao-quoc-gia.pdf");
        assertThat(national.kind()).isEqualTo(FileKind.REPORT);
        assertThat(national.contentType()).isEqualTo("application/pdf");
        Path file = saved("2111-bao-cao-quoc-gia.pdf", national.content());
        String text = text(national.content());
        assertThat(text).contains("BÁO CÁO KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH", "Số công bố: CB-2111-01",
                "Ngày công bố: 15/04/2112", "Ký bằng khoá minh hoạ — không có giá trị pháp lý",
                "Xếp hạng Chỉ số CCHC của các tỉnh, thành phố", "Xếp hạng Chỉ số CCHC của các bộ, cơ quan ngang bộ",
                "Xếp hạng Chỉ số hài lòng (SIPAS)", "Thành phố Hà Nội", "Khoảng hạng 95%",
                "Không khác biệt có ý nghĩa thống kê với", "Chưa chốt thẩm định",
                "thanh là ước lượng, râu là khoảng tin cậy 95%",
                "Ghi chú phương pháp", "Quy tắc tính của Thước Đo", "Bộ tiêu chí xác định Chỉ số cải cách hành chính",
                "unit-highlights@1", "Số phiếu trả lời được chấp nhận: 36.525", "Cả nước", "Trang 1/");
        assertThat(text).doesNotContain("publication.report.", "ĐÍNH CHÍNH");
        try (PDDocument document = Loader.loadPDF(national.content())) {
            assertThat(images(document)).as("the three charts").isGreaterThanOrEqualTo(3);
        }
        assertFontsEmbedded(national.content(), file);
        assertSignedPadesBaselineB(national.content(), file);
    }

    @Test
    void everyUnitHasItsSignedScorecardWithAreasElementsChangeSinceLastYearAndHighlights() throws Exception {
        PublicationScene scene = new PublicationScene(db, 2112);
        List<PublicationScene.Unit> provinces = scene.provinces(4);
        List<PublicationScene.Unit> ministries = scene.ministries(2);
        scene.lastYear(2111, List.of(provinces.get(0), ministries.get(0)));
        PublicationDraft draft = scene.publish(2112, provinces, ministries, null, null);

        Map<String, PublicationFile> byUnit = reports.files(draft).stream().filter(f -> f.unitId() != null)
                .collect(Collectors.toMap(PublicationFile::unitId, Function.identity()));

        assertThat(byUnit).hasSize(6);
        PublicationFile withHistory = byUnit.get(provinces.get(0).id());
        assertThat(withHistory.path()).isEqualTo("don-vi/" + provinces.get(0).id() + ".pdf");
        assertThat(withHistory.kind()).isEqualTo(FileKind.UNIT_REPORT);
        Path file = saved("2112-" + provinces.get(0).id() + ".pdf", withHistory.content());
        String text = text(withHistory.content());
        assertThat(text).contains("BẢNG KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH", provinces.get(0).name(),
                "Kết quả năm 2112", "Năm 2111", "Chỉ số CCHC theo lĩnh vực",
                "1. Công tác chỉ đạo, điều hành cải cách hành chính", "Chỉ số hài lòng theo phần và yếu tố",
                "Trách nhiệm giải trình của chính quyền", "Điểm mạnh và điểm yếu", "Mạnh nhất", "Yếu nhất",
                "unit-highlights@1", "điểm %", "Ký bằng khoá minh hoạ — không có giá trị pháp lý");
        assertThat(text).containsPattern("hạng \\d/4|\\d/4");
        assertThat(count(text, "Mạnh nhất")).isEqualTo(3);
        assertThat(count(text, "Yếu nhất")).isEqualTo(3);
        assertThat(text).doesNotContain("chưa có số liệu", "publication.report.");
        assertFontsEmbedded(withHistory.content(), file);
        assertSignedPadesBaselineB(withHistory.content(), file);

        String without = text(byUnit.get(provinces.get(1).id()).content());
        assertThat(without).contains("chưa có số liệu").doesNotContain("điểm %");
        PublicationFile ministry = byUnit.get(ministries.get(1).id());
        saved("2112-" + ministries.get(1).id() + ".pdf", ministry.content());
        assertThat(text(ministry.content())).contains(ministries.get(1).name(), "Chỉ số CCHC theo lĩnh vực",
                "chưa có số liệu").doesNotContain("Chỉ số hài lòng theo phần và yếu tố");
    }

    @Test
    void aCorrectionSaysDinhChinhWithTheSupersededCodeAndItsReasonOnEveryDocument() throws Exception {
        PublicationScene scene = new PublicationScene(db, 2113);
        List<PublicationScene.Unit> provinces = scene.provinces(2);
        PublicationDraft first = scene.publish(2113, provinces, List.of(), null, null);
        PublicationDraft correction = scene.publish(2113, provinces, List.of(), first,
                "Hội đồng thẩm định phê duyệt lại sau khi sửa điểm lĩnh vực 3 của một tỉnh");

        List<PublicationFile> files = reports.files(correction);

        saved("2113-dinh-chinh.pdf", files.get(0).content());
        for (PublicationFile f : files) {
            assertThat(text(f.content())).contains("ĐÍNH CHÍNH: bản công bố này thay thế công bố CB-2113-01.",
                    "Lý do: Hội đồng thẩm định phê duyệt lại sau khi sửa điểm lĩnh vực 3 của một tỉnh",
                    "CB-2113-02");
        }
        assertThat(text(reports.files(first).get(0).content())).doesNotContain("ĐÍNH CHÍNH");
    }

    @Test
    void aConfiguredKeystoreSignsWithItsOwnKeyAndNoDemoNotice() throws Exception {
        // A keystore made the way an operator would: the demo generator's output moved under a new alias.
        Path made = Files.createDirectories(Path.of("target", "publication-reports")).resolve("made.p12");
        Files.deleteIfExists(made);
        SigningKey generated = new SigningKeys(new SigningSettings(null, null, null, made)).key();
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("bo-noi-vu", generated.key(), "mat-khau".toCharArray(),
                generated.chain().toArray(new X509Certificate[0]));
        Path configured = made.resolveSibling("configured.p12");
        try (var out = Files.newOutputStream(configured)) {
            store.store(out, "mat-khau".toCharArray());
        }
        SigningKey key = new SigningKeys(new SigningSettings(configured, "mat-khau", "bo-noi-vu", null)).key();
        assertThat(key.demo()).isFalse();
        assertThat(key.certificate()).isEqualTo(generated.certificate());

        PublicationScene scene = new PublicationScene(db, 2114);
        PublicationDraft draft = scene.publish(2114, scene.provinces(1), List.of(), null, null);
        byte[] pdf = reports.files(records.read(draft), key, true).get(0).content();

        assertThat(text(pdf)).doesNotContain("Ký bằng khoá minh hoạ");
        assertSignedPadesBaselineB(pdf, saved("2114-khoa-cau-hinh.pdf", pdf));
    }

    @Test
    void theDemoKeyIsMadeOnceAndTheSameAfterARestart() {
        Path file = Path.of("target", "publication-reports", "restart", "demo.p12");
        SigningSettings settings = new SigningSettings(null, null, null, file);
        X509Certificate first = new SigningKeys(settings).key().certificate();
        assertThat(file).exists();
        X509Certificate afterRestart = new SigningKeys(settings).key().certificate();
        assertThat(afterRestart).isEqualTo(first);
        assertThat(first.getSubjectX500Principal().getName()).contains("không có giá trị pháp lý");
    }

    // --- what a verifier checks

    static void assertSignedPadesBaselineB(byte[] pdf, Path file) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = document.getLastSignatureDictionary();
            assertThat(signature).isNotNull();
            assertThat(signature.getFilter()).isEqualTo("Adobe.PPKLite");
            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            int[] range = signature.getByteRange();
            assertThat(range[0]).isZero();
            assertThat(range[2] + range[3]).as("the signature covers the whole file but itself").isEqualTo(pdf.length);
            // The reserved room after the DER object is zero padding: read the one object, as verifiers do.
            ContentInfo info;
            try (ASN1InputStream in = new ASN1InputStream(signature.getContents())) {
                info = ContentInfo.getInstance(in.readObject());
            }
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)), info);
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            X509CertificateHolder certificate = (X509CertificateHolder) cms.getCertificates()
                    .getMatches(signer.getSID()).iterator().next();
            assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))).isTrue();
            assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
            assertThat(signer.getSignedAttributes().get(CMSAttributes.signingTime)).as("PAdES forbids it").isNull();
            assertThat(signature.getSignDate()).isNotNull();
        }
        if (Files.isExecutable(Path.of("/usr/bin/pdfsig"))) {
            String out = run("/usr/bin/pdfsig", file.toString());
            assertThat(out).contains("Signature Validation: Signature is Valid.", "ETSI.CAdES.detached");
        }
    }

    static void assertFontsEmbedded(byte[] pdf, Path file) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).matches("[A-Z]{6}\\+NotoSans-(Regular|Bold)");
                }
            }
        }
        if (Files.isExecutable(Path.of("/usr/bin/pdffonts"))) {
            List<String> fonts = run("/usr/bin/pdffonts", file.toString()).lines().skip(2).toList();
            assertThat(fonts).isNotEmpty().allSatisfy(line -> assertThat(line.split("\\s+")[4]).isEqualTo("yes"));
        }
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }

    private static int images(PDDocument document) throws Exception {
        int images = 0;
        for (PDPage page : document.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                    images++;
                }
            }
        }
        return images;
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static int count(String text, String word) {
        return text.split(java.util.regex.Pattern.quote(word), -1).length - 1;
    }

    static Path saved(String name, byte[] content) throws Exception {
        Path file = Path.of("target", "publication-reports", name);
        Files.createDirectories(file.getParent());
        return Files.write(file, content);
    }
}
