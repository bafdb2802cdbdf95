package vn.thuocdo.survey.xlsx;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thuocdo.audit.AuditEvent;
import vn.thuocdo.audit.AuditLog;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.survey.InvalidXlsForm;
import vn.thuocdo.survey.QuestionnaireVersion;
import vn.thuocdo.survey.Questionnaires;
import vn.thuocdo.testing.AdapterTest;
import vn.thuocdo.testing.TestActors;

import java.io.ByteArrayInputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thuocdo.survey.xlsx.XlsFormWorkbooks.SURVEY;
import static vn.thuocdo.survey.xlsx.XlsFormWorkbooks.row;
import static vn.thuocdo.survey.xlsx.XlsFormWorkbooks.workbook;

/** The questionnaire registry with its real XLSForm adapter on PostgreSQL: import, listing, refusals, export. */
@AdapterTest
class QuestionnaireRegistryTest {

    @Autowired Questionnaires questionnaires;
    @Autowired AuditLog audit;

    @Test
    void anImportedVersionIsListedFoundAuditedAndExportsBackToTheSameQuestionnaire() {
        QuestionnaireVersion version = importing(XlsFormWorkbooks.small("registry-listed", 2));

        assertThat(version.reference()).isEqualTo("registry-listed@2");
        assertThat(version.source()).isEqualTo(QuestionnaireVersion.Source.IMPORTED);
        assertThat(version.items()).isEqualTo(2);
        assertThat(version.importedBy()).isEqualTo("Điều phối viên Bộ Nội vụ");
        assertThat(version.importedUnit()).isEqualTo("BO-BNV");
        assertThat(version.checksum()).hasSize(64);
        assertThat(questionnaires.available(Questionnaire.Kind.CITIZEN)).contains(version);
        assertThat(questionnaires.available(Questionnaire.Kind.OFFICIALS)).doesNotContain(version);
        Questionnaire found = questionnaires.find("registry-listed@2").orElseThrow();
        assertThat(found.title().vi()).isEqualTo("Bảng hỏi nhỏ");
        assertThat(audit.recent(20)).anyMatch(e -> e.action().equals("questionnaire.import")
                && e.target().equals("registry-listed@2") && e.actor().equals("dieuphoi")
                && e.detail().contains(version.checksum()));

        byte[] exported = questionnaires.exportXlsForm("registry-listed@2", TestActors.COORDINATOR);
        Questionnaire again = Questionnaire.parse(new FastExcelXlsForms(vn.thuocdo.shared.UploadLimits.DEFAULTS)
                .read(new ByteArrayInputStream(exported)).definition().toString());
        assertThat(again.toJson()).isEqualTo(found.toJson());
    }

    @Test
    void anIdAtVersionThatExistsIsRefusedAndTheFirstStaysAsItWas() {
        importing(XlsFormWorkbooks.small("registry-twice", 1));
        String before = questionnaires.find("registry-twice@1").orElseThrow().toJson();

        assertThatThrownBy(() -> importing(XlsFormWorkbooks.small("registry-twice", 1)))
                .isInstanceOfSatisfying(Rejected.class, e -> {
                    assertThat(e.key()).isEqualTo("questionnaires.exists");
                    assertThat(e.args()).containsExactly("registry-twice@1");
                });
        assertThat(questionnaires.find("registry-twice@1").orElseThrow().toJson()).isEqualTo(before);
        assertThat(questionnaires.versions()).filteredOn(v -> v.id().equals("registry-twice")).hasSize(1);
    }

    @Test
    void anIdKeepsItsRespondentsAcrossVersions() {
        importing(XlsFormWorkbooks.small("registry-kind", 1));
        byte[] officials = workbook(SURVEY, List.of(row("begin_group", "s1", "Phần"), row("integer", "q1", "Câu"),
                row("end_group")), List.of(), row("registry-kind", 2, "Cán bộ", "OFFICIALS"));

        assertThatThrownBy(() -> importing(officials)).isInstanceOfSatisfying(Rejected.class,
                e -> assertThat(e.key()).isEqualTo("questionnaires.kindChanged"));
        assertThat(questionnaires.find("registry-kind@2")).isEmpty();
    }

    @Test
    void skipLogicOnALaterQuestionIsRefusedAtTheRowOfTheQuestionThatUsesIt() {
        byte[] file = workbook(SURVEY, List.of(
                        row("begin_group", "s1", "Phần"),
                        row("integer", "first", "Câu 1", null, null, "${second} > 1"),
                        row("integer", "second", "Câu 2"),
                        row("end_group")),
                List.of(), row("registry-later", 1, "Sai thứ tự", "CITIZEN"));

        assertThatThrownBy(() -> importing(file)).isInstanceOfSatisfying(InvalidXlsForm.class,
                e -> assertThat(e.errors()).singleElement().satisfies(error -> {
                    assertThat(error.sheet()).isEqualTo("survey");
                    assertThat(error.row()).isEqualTo(3);
                    assertThat(error.key()).isEqualTo("expression.laterQuestion");
                }));
        assertThat(questionnaires.find("registry-later@1")).isEmpty();
    }

    @Test
    void anElementWithoutItemsIsRefusedAtItsRowOfTheChoicesSheet() {
        byte[] file = vn.thuocdo.sampling.xlsx.Xlsx.of(
                new vn.thuocdo.sampling.xlsx.Xlsx.Tab("survey", List.of("type", "name", "label", "thuocdo_element"),
                        List.of(row("begin_group", "s1", "Phần"), row("select_one scale", "q1", "Hài lòng?", "access"),
                                row("end_group"))),
                new vn.thuocdo.sampling.xlsx.Xlsx.Tab("choices", List.of("list_name", "name", "label", "thuocdo_part"),
                        List.of(row("scale", 1, "Mức 1"), row("scale", 2, "Mức 2"), row("scale", 3, "Mức 3"),
                                row("scale", 4, "Mức 4"), row("scale", 5, "Mức 5"),
                                row("thuocdo_parts", "services", "Dịch vụ"),
                                row("thuocdo_elements", "access", "Tiếp cận", "services"),
                                row("thuocdo_elements", "results", "Kết quả", "services"))),
                new vn.thuocdo.sampling.xlsx.Xlsx.Tab("settings", XlsFormWorkbooks.SETTINGS,
                        List.of(row("registry-elements", 1, "Thiếu câu hỏi", "CITIZEN"))));

        assertThatThrownBy(() -> importing(file)).isInstanceOfSatisfying(InvalidXlsForm.class,
                e -> assertThat(e.errors()).containsExactly(new vn.thuocdo.survey.XlsFormError("choices", 9, null,
                        "questionnaire.elementWithoutItems", List.of("results"))));
    }

    @Test
    void anOfficerMayNotImportAndTheRefusalIsAudited() {
        assertThatThrownBy(() -> questionnaires.importXlsForm(
                new ByteArrayInputStream(XlsFormWorkbooks.small("registry-officer", 1)), 1000, TestActors.HAI_PHONG))
                .isInstanceOf(AccessDenied.class);
        assertThat(questionnaires.find("registry-officer@1")).isEmpty();
        List<AuditEvent> recent = audit.recent(10);
        assertThat(recent).anyMatch(e -> e.actor().equals("haiphong") && e.outcome().equals(AuditLog.DENIED));
    }

    @Test
    void aReferenceThatIsNoReferenceFindsNothing() {
        assertThat(questionnaires.find("'; drop table questionnaire; --")).isEmpty();
        assertThat(questionnaires.find("x".repeat(10_000) + "@1")).isEmpty();
        assertThat(questionnaires.find("unknown@1")).isEmpty();
    }

    private QuestionnaireVersion importing(byte[] file) {
        return questionnaires.importXlsForm(new ByteArrayInputStream(file), file.length, TestActors.COORDINATOR);
    }
}
