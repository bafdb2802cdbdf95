package vn.thuocdo.forms;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormCatalogueTest {

    private final FormCatalogue catalogue = FormCatalogue.load();

    @Test
    void loadsTheShippedSamplingRequestWithVietnameseLabels() {
        FormDefinition form = catalogue.get("sampling-request@1");
        assertThat(form.fields()).extracting(Field::key)
                .contains("contactName", "communes", "villages", "households", "population", "dossiersHandled");
        assertThat(form.field("communes").orElseThrow().label().vi()).isEqualTo("Số xã, phường, đặc khu");
        assertThat(catalogue.versions("sampling-request")).first().isEqualTo(form);
    }

    @Test
    void acceptsCompleteAnswersAsTypedValuesAndGroupedNumbersWhereTheFieldAllowsThem() {
        FormDefinition form = catalogue.get("sampling-request@1");
        Map<String, String> answers = complete();
        answers.put("households", "1.234.567");
        FormDefinition.Reading reading = form.read(answers);
        assertThat(reading.errors()).isEmpty();
        assertThat(reading.answers().whole("households")).contains(1_234_567L);
        assertThat(reading.answers().get("contactName")).contains(new Answer.Words("Nguyễn Văn An"));
        assertThat(reading.answers().get("note")).isEmpty();
        assertThat(reading.answers().stored()).containsEntry("households", 1_234_567L);
    }

    @Test
    void refusesEachBadAnswerWithItsOwnReason() {
        FormDefinition form = catalogue.get("sampling-request@1");
        Map<String, String> answers = complete();
        answers.remove("contactName");
        answers.put("contactPhone", "12345");
        answers.put("contactEmail", "not-an-address");
        answers.put("communes", "mười");
        answers.put("villages", "0");
        answers.put("note", "x".repeat(2001));
        answers.put("hacked", "1");

        assertThat(form.check(answers)).extracting(FieldError::fieldKey, FieldError::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("hacked", "field.unknown"),
                org.assertj.core.groups.Tuple.tuple("contactName", "field.required"),
                org.assertj.core.groups.Tuple.tuple("contactPhone", "field.notPhone"),
                org.assertj.core.groups.Tuple.tuple("contactEmail", "field.notEmail"),
                org.assertj.core.groups.Tuple.tuple("communes", "field.notInteger"),
                org.assertj.core.groups.Tuple.tuple("villages", "field.belowMin"),
                org.assertj.core.groups.Tuple.tuple("note", "field.tooLong"));
        assertThat(form.check(answers)).filteredOn(e -> e.fieldKey().equals("villages"))
                .extracting(FieldError::args).containsExactly(List.of(1L));
    }

    @Test
    void refusesADefinitionWhoseFieldsRepeatAKey() {
        Field one = new Field("communes", new Text("Số xã", null), null, FieldType.INTEGER, true, 0L, null, null);
        FormDefinition form = new FormDefinition("x", 1, new Text("X", null), null, List.of(one, one));
        assertThatThrownBy(() -> FormCatalogue.validate("x.json", form))
                .isInstanceOf(DefinitionInvalid.class).hasMessageContaining("appears twice");
    }

    @Test
    void refusesBoundsOnATextField() {
        Field text = new Field("name", new Text("Tên", null), null, FieldType.TEXT, true, 1L, null, null);
        FormDefinition form = new FormDefinition("x", 1, new Text("X", null), null, List.of(text));
        assertThatThrownBy(() -> FormCatalogue.validate("x.json", form))
                .isInstanceOf(DefinitionInvalid.class).hasMessageContaining("INTEGER and DECIMAL fields only");
    }

    @Test
    void refusesATextWithoutVietnamese() {
        assertThatThrownBy(() -> new Text(" ", "Name")).isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<String, String> complete() {
        return new java.util.HashMap<>(Map.of(
                "contactName", "Nguyễn Văn An", "contactPhone", "0912 345 678", "contactEmail", "an@snv.haiphong.gov.vn",
                "communes", "114", "villages", "2300", "households", "650000", "population", "2100000",
                "dossiersHandled", "480000"));
    }
}
