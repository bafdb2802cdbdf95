package vn.thuocdo.evidence.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thuocdo.evidence.EvidenceFile;
import vn.thuocdo.evidence.EvidenceFiles;
import vn.thuocdo.evidence.EvidenceSamples;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.testing.EvidenceContext;
import vn.thuocdo.testing.KaribuTest;
import vn.thuocdo.testing.TestActors;
import vn.thuocdo.web.CurrentActor;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The evidence panel hosted on its own (the self-assessment and appraisal screens embed it), over PostgreSQL. */
@EvidenceContext
class EvidencePanelTest extends KaribuTest {

    static final AtomicInteger YEARS = new AtomicInteger(2030);

    @Autowired Rounds rounds;
    @Autowired EvidenceFiles evidence;
    @Autowired CurrentActor current;

    String round;

    @BeforeEach
    void aRoundWithHaiPhong() {
        round = rounds.prepare(new NewRound(YEARS.getAndIncrement(), "Đợt thử bảng tài liệu", RoundLevel.NATIONAL,
                List.of("T34-31", "T34-01"), "sampling-request@1", LocalDate.now().plusDays(20)),
                TestActors.COORDINATOR).id();
    }

    @Test
    void anOfficerSeesTheLimitUploadsAPdfAndSeesItListedWithHashSizeAndUploader() {
        EvidencePanel panel = hostedFor("haiphong");
        assertThat(_get(Paragraph.class, spec -> spec.withId("evidence-limits")).getText())
                .isEqualTo("Tối đa 20 MB mỗi tệp; nhận PDF, DOCX, XLSX, PNG, JPEG, GIF, WEBP. "
                        + "Loại tệp được kiểm tra theo nội dung, không theo tên.");
        assertThat(panel.upload.getMaxFileSize()).isEqualTo(20 * 1024 * 1024);
        assertThat(panel.message.getText()).isEqualTo("Chưa có tài liệu kiểm chứng nào cho tiêu chí này.");

        byte[] pdf = EvidenceSamples.pdf("Ke hoach CCHC 2031");
        panel.received("Kế hoạch CCHC.pdf", new ByteArrayInputStream(pdf));

        assertThat(panel.message.getText()).isEqualTo("Đã nhận tệp Kế hoạch CCHC.pdf (" + pdf.length + " byte).");
        assertThat(GridKt._size(panel.files)).isEqualTo(1);
        EvidenceFile file = GridKt._get(panel.files, 0);
        assertThat(GridKt._getFormattedRow(panel.files, 0)).contains("PDF", "Trần Văn Nam");
        Span hash = (Span) GridKt._getCellComponent(panel.files, 0, "hash");
        assertThat(hash.getText()).isEqualTo(file.sha256().substring(0, 12) + "…");
        assertThat(hash.getElement().getAttribute("title")).isEqualTo(file.sha256());
        Component actions = GridKt._getCellComponent(panel.files, 0, "actions");
        assertThat(_get(actions, Anchor.class, spec -> {}).getHref()).isEqualTo("/tai-lieu/" + file.id());
    }

    @Test
    void anExecutableRenamedPdfIsRefusedOnThePanelAndNothingIsListed() {
        EvidencePanel panel = hostedFor("haiphong");

        panel.received("bao-cao.pdf", new ByteArrayInputStream(EvidenceSamples.windowsProgram()));

        assertThat(panel.message.getText()).isEqualTo(
                "Tệp là chương trình chạy được (Windows EXE/DLL (MZ)), không phải tài liệu: không nhận.");
        assertThat(panel.files.isVisible()).isFalse();
        assertThat(evidence.list(TestActors.HAI_PHONG, round, "T34-31")).isEmpty();
    }

    @Test
    void withdrawingAsksForAReasonAndKeepsTheFileStruckThrough() {
        EvidencePanel panel = hostedFor("lanhdao.haiphong");
        panel.received("Báo cáo.pdf", new ByteArrayInputStream(EvidenceSamples.pdf("rut")));
        Component actions = GridKt._getCellComponent(panel.files, 0, "actions");
        _click(_get(actions, Button.class, spec -> spec.withText("Rút")));

        WithdrawDialog dialog = _get(WithdrawDialog.class);
        _click(_get(Button.class, spec -> spec.withId("evidence-withdraw-confirm")));
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("Hãy ghi lý do rút tài liệu.");
        _setValue(dialog.reason, "Tải nhầm tiêu chí");
        _click(_get(Button.class, spec -> spec.withId("evidence-withdraw-confirm")));

        EvidenceFile withdrawn = GridKt._get(panel.files, 0);
        assertThat(withdrawn.withdrawn()).isTrue();
        assertThat(withdrawn.withdrawnReason()).isEqualTo("Tải nhầm tiêu chí");
        Component name = GridKt._getCellComponent(panel.files, 0, "name");
        assertThat(_find(name, Span.class)).extracting(Span::getText)
                .anyMatch(t -> t.startsWith("Đã rút bởi Phạm Quốc Hùng lúc ") && t.endsWith(": Tải nhầm tiêu chí"));
        assertThat(_find(GridKt._getCellComponent(panel.files, 0, "actions"), Button.class))
                .extracting(Button::getText).containsExactly("Xem trước");
    }

    @Test
    void thePreviewShowsAPdfsPagesAndSaysWhenItCannot() {
        EvidencePanel panel = hostedFor("haiphong");
        panel.received("tot.pdf", new ByteArrayInputStream(EvidenceSamples.pdf("Trang mot")));
        panel.received("hong.pdf", new ByteArrayInputStream(EvidenceSamples.malformedPdf()));

        int good = GridKt._get(panel.files, 0).fileName().equals("tot.pdf") ? 0 : 1;
        _click(_get(GridKt._getCellComponent(panel.files, good, "actions"), Button.class,
                spec -> spec.withText("Xem trước")));
        EvidencePreviewDialog shown = _get(EvidencePreviewDialog.class);
        assertThat(_find(shown, Image.class)).hasSize(1);
        shown.close();

        _click(_get(GridKt._getCellComponent(panel.files, 1 - good, "actions"), Button.class,
                spec -> spec.withText("Xem trước")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("evidence-preview-cannot")).getText())
                .isEqualTo("Không xem trước được. Tệp PDF bị hỏng hoặc không đọc được; tệp vẫn được lưu, "
                        + "hãy tải về để xem.");
    }

    @Test
    void theOrganisersCoordinatorReadsWithoutUploadOrWithdrawAndAnotherProvinceIsRefused() {
        evidence.attach(TestActors.HAI_PHONG, round, "T34-31", "1.2.3", "a.pdf",
                new ByteArrayInputStream(EvidenceSamples.pdf("a")));

        EvidencePanel coordinator = hostedFor("dieuphoi");
        assertThat(coordinator.readOnly()).isTrue();
        assertThat(_find(coordinator, com.vaadin.flow.component.upload.Upload.class)).isEmpty();
        assertThat(GridKt._size(coordinator.files)).isEqualTo(1);
        assertThat(_find(GridKt._getCellComponent(coordinator.files, 0, "actions"), Button.class))
                .extracting(Button::getText).containsExactly("Xem trước");

        for (String outsider : List.of("hanoi", "dieutravien", "thamdinh", "hoidong")) {
            assertThatThrownBy(() -> hostedFor(outsider)).isInstanceOf(AccessDenied.class);
        }
    }

    private EvidencePanel hostedFor(String username) {
        switchTo(username);
        EvidencePanel panel = new EvidencePanel(evidence, current.get(), round, "T34-31", "1.2.3");
        UI.getCurrent().add(panel);
        return panel;
    }
}
