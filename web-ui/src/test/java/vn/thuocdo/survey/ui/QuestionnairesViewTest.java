package vn.thuocdo.survey.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thuocdo.survey.QuestionnaireVersion;
import vn.thuocdo.survey.Questionnaires;
import vn.thuocdo.testing.KaribuTest;
import vn.thuocdo.testing.TestActors;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/** The coordinator's list of questionnaire versions, the XLSForm import and its refusals, and who may open it. */
class QuestionnairesViewTest extends KaribuTest {

    @Autowired Questionnaires questionnaires;

    @Test
    void theCoordinatorSeesAnImportedVersionWithWhoBroughtItInAndWhen() {
        byte[] file = workbook("view-listed", 1, List.of(List.of("integer", "visits", "Số lần đến")));
        QuestionnaireVersion version = questionnaires.importXlsForm(new ByteArrayInputStream(file), file.length,
                TestActors.COORDINATOR);
        signIn("dieuphoi");
        navigate("survey/questionnaires");

        QuestionnairesView view = _get(QuestionnairesView.class);
        List<String> row = rowOf(view, "view-listed@1");
        assertThat(row).contains("Bảng hỏi view-listed", "view-listed@1", "Người dân (SIPAS)", "Nhập từ XLSForm", "1");
        assertThat(row).anyMatch(cell -> cell.matches("Điều phối viên Bộ Nội vụ, \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}"));
        Component actions = _getCellComponent(view.grid, indexOf(view, "view-listed@1"), "actions");
        assertThat(_get(actions, Anchor.class, spec -> spec.withId("preview-view-listed@1")).getHref())
                .isEqualTo("survey/questionnaires/preview?ref=view-listed@1");
        assertThat(_get(actions, Anchor.class, spec -> spec.withId("download-view-listed@1")).getText())
                .isEqualTo("Tải XLSForm");
        assertThat(version.items()).isEqualTo(1);
    }

    @Test
    void aGoodWorkbookIsImportedAndTheNewVersionAppearsInTheList() {
        signIn("dieuphoi");
        navigate("survey/questionnaires");
        QuestionnairesView view = _get(QuestionnairesView.class);

        view.upload.received(workbook("view-imported", 3, List.of(List.of("integer", "visits", "Số lần đến"),
                List.of("text", "comment", "Góp ý"))));

        expectNotifications("Đã nhập bảng hỏi view-imported@3 gồm 2 câu hỏi.");
        assertThat(rowOf(view, "view-imported@3")).contains("view-imported@3", "2");
        assertThat(_find(ListItem.class)).isEmpty();
    }

    @Test
    void aWorkbookWithAnUnsupportedTypeListsItsRowInVietnameseAndSavesNothing() {
        signIn("dieuphoi");
        navigate("survey/questionnaires");
        QuestionnairesView view = _get(QuestionnairesView.class);
        int before = _size(view.grid);

        view.upload.received(workbook("view-refused", 1, List.of(List.of("integer", "visits", "Số lần đến"),
                List.of("geopoint", "where", "Vị trí"), List.of("integer", "", "Không tên"))));

        expectNotifications("Tệp XLSForm có 2 lỗi nên chưa lưu gì. "
                + "Vui lòng sửa theo danh sách bên dưới rồi tải lên lại.");
        assertThat(_find(ListItem.class)).extracting(ListItem::getText).containsExactly(
                "survey · Dòng 4, cột type: kiểu câu hỏi 'geopoint' chưa được hỗ trợ",
                "survey · Dòng 5, cột name: thiếu tên (cột name).");
        assertThat(_size(view.grid)).isEqualTo(before);
        assertThat(questionnaires.find("view-refused@1")).isEmpty();
    }

    @Test
    void aProvincialOfficerCannotOpenTheQuestionnaires() {
        signIn("haiphong");
        assertRefused("survey/questionnaires", QuestionnairesView.class);
    }

    private static List<String> rowOf(QuestionnairesView view, String reference) {
        return _getFormattedRow(view.grid, indexOf(view, reference));
    }

    private static int indexOf(QuestionnairesView view, String reference) {
        for (int i = 0; i < _size(view.grid); i++) {
            if (_getFormattedRow(view.grid, i).contains(reference)) {
                return i;
            }
        }
        throw new AssertionError(reference + " is not in the grid");
    }

    /** One section of questions {type, name, label}, no choices, settings for a citizens' questionnaire. */
    private static byte[] workbook(String id, int version, List<List<String>> questions) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Test", "1.0");
            Worksheet survey = workbook.newWorksheet("survey");
            List<String> headers = List.of("type", "name", "label::Tiếng Việt (vi)");
            for (int c = 0; c < headers.size(); c++) {
                survey.value(0, c, headers.get(c));
            }
            survey.value(1, 0, "begin_group");
            survey.value(1, 1, "s1");
            survey.value(1, 2, "Phần 1");
            int r = 2;
            for (List<String> question : questions) {
                for (int c = 0; c < question.size(); c++) {
                    survey.value(r, c, question.get(c));
                }
                r++;
            }
            survey.value(r, 0, "end_group");
            Worksheet choices = workbook.newWorksheet("choices");
            choices.value(0, 0, "list_name");
            choices.value(0, 1, "name");
            choices.value(0, 2, "label");
            Worksheet settings = workbook.newWorksheet("settings");
            List<String> keys = List.of("form_id", "version", "form_title", "thuocdo_kind");
            for (int c = 0; c < keys.size(); c++) {
                settings.value(0, c, keys.get(c));
            }
            settings.value(1, 0, id);
            settings.value(1, 1, version);
            settings.value(1, 2, "Bảng hỏi " + id);
            settings.value(1, 3, "CITIZEN");
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
