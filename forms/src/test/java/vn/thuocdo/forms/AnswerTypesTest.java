package vn.thuocdo.forms;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every type of field, read from texts and JSON values alike, refused with the reason and never turned into another value. */
class AnswerTypesTest {

    private static final Text LABEL = new Text("Mục", "Item");
    private static final Field COUNT = new Field("count", LABEL, null, FieldType.INTEGER, true, 1L, 1000L, null);
    private static final Field GROUPED = new Field("grouped", LABEL, null, FieldType.INTEGER, false, null, null, null,
            true, null, null);
    private static final Field RATE = new Field("rate", LABEL, null, FieldType.DECIMAL, false, 0L, 100L, null,
            null, 2, null);
    private static final Field NAME = new Field("name", LABEL, null, FieldType.TEXT, false, null, null, 10);
    private static final Field NOTE = new Field("note", LABEL, null, FieldType.LONG_TEXT, false, null, null, 2000);
    private static final Field MAIL = new Field("mail", LABEL, null, FieldType.EMAIL, false, null, null, null);
    private static final Field PHONE = new Field("phone", LABEL, null, FieldType.PHONE, false, null, null, null);
    private static final Field DAY = new Field("day", LABEL, null, FieldType.DATE, false, null, null, null);
    private static final Field LEVEL = new Field("level", LABEL, null, FieldType.CHOICE, false, null, null, null,
            null, null, List.of(new Option("province", new Text("Cấp tỉnh", "Province")),
            new Option("commune", new Text("Cấp xã", "Commune"))));
    static final FormDefinition FORM = new FormDefinition("every-type", 1, LABEL, null,
            List.of(COUNT, GROUPED, RATE, NAME, NOTE, MAIL, PHONE, DAY, LEVEL));

    @Test
    void theFormUsedHereIsAValidDefinition() {
        FormCatalogue.validate("every-type.json", FORM);
    }

    @Test
    void aDecimalOrAGroupedNumberNeverBecomesAnotherWholeNumber() {
        assertThat(code(COUNT, 10.5)).isEqualTo("field.notWhole");
        assertThat(code(COUNT, 1000.0)).isEqualTo("field.notWhole");
        assertThat(code(COUNT, new BigDecimal("1E+3"))).isEqualTo("field.notWhole");
        assertThat(code(COUNT, "..5")).isEqualTo("field.notWhole");
        assertThat(code(GROUPED, "..5")).isEqualTo("field.badGrouping");
        assertThat(code(COUNT, "1.5")).isEqualTo("field.notWhole");
        assertThat(code(COUNT, "10,5")).isEqualTo("field.notWhole");
        assertThat(code(COUNT, "1e9")).isEqualTo("field.exponent");
        assertThat(code(COUNT, "-5")).isEqualTo("field.belowMin");
        assertThat(code(COUNT, "1.644")).isEqualTo("field.noGrouping");
        assertThat(error(COUNT, "1.644").args()).containsExactly("1.644", "1644");
        assertThat(error(COUNT, 10.5).args()).containsExactly("10.5");
        assertThat(code(COUNT, "mười")).isEqualTo("field.notInteger");
        assertThat(code(COUNT, "9".repeat(19))).isEqualTo("field.numberTooLong");
        assertThat(code(COUNT, new BigInteger("9".repeat(30)))).isEqualTo("field.numberTooLong");
        assertThat(answer(GROUPED, "1.644")).isEqualTo(new Answer.Whole(1644));
        assertThat(answer(GROUPED, "650.000")).isEqualTo(new Answer.Whole(650_000));
        assertThat(code(GROUPED, "1.5")).isEqualTo("field.notWhole");
        assertThat(answer(COUNT, 10)).isEqualTo(new Answer.Whole(10));
        assertThat(answer(COUNT, 10L)).isEqualTo(new Answer.Whole(10));
        assertThat(answer(COUNT, "\u00A0 42\u00A0")).isEqualTo(new Answer.Whole(42));
    }

    @Test
    void decimalsAreWrittenWithTheVietnameseCommaOrSentAsJsonNumbers() {
        assertThat(answer(RATE, "10,5")).isEqualTo(new Answer.Decimal(new BigDecimal("10.5")));
        assertThat(answer(RATE, 10.5)).isEqualTo(new Answer.Decimal(new BigDecimal("10.5")));
        assertThat(answer(RATE, 7)).isEqualTo(new Answer.Decimal(new BigDecimal("7")));
        assertThat(code(RATE, "10.5")).isEqualTo("field.decimalComma");
        assertThat(error(RATE, "10.5").args()).containsExactly("10.5", "10,5");
        assertThat(code(RATE, "10,555")).isEqualTo("field.tooManyDecimals");
        assertThat(code(RATE, 10.555)).isEqualTo("field.tooManyDecimals");
        assertThat(code(RATE, "1,5e3")).isEqualTo("field.exponent");
        assertThat(code(RATE, ",5")).isEqualTo("field.notDecimal");
        assertThat(code(RATE, "5,")).isEqualTo("field.notDecimal");
        assertThat(code(RATE, "--5")).isEqualTo("field.notDecimal");
        assertThat(code(RATE, "100,01")).isEqualTo("field.aboveMax");
        assertThat(code(RATE, "-0,5")).isEqualTo("field.belowMin");
        assertThat(code(RATE, Double.POSITIVE_INFINITY)).isEqualTo("field.numberTooLong");
        assertThat(code(RATE, new BigDecimal("1E+999999999"))).isEqualTo("field.numberTooLong");
    }

    @Test
    void onlyNumbersAndTextsAreAnswersAndEveryOtherJsonValueIsRefusedForItsField() {
        Map<String, Object> raw = new HashMap<>();
        raw.put("count", true);
        raw.put("name", List.of());
        raw.put("note", Map.of());
        raw.put("phone", 912345678);
        assertThat(FORM.read(raw).errors()).extracting(FieldError::fieldKey, FieldError::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("count", "field.wrongType"),
                org.assertj.core.groups.Tuple.tuple("name", "field.wrongType"),
                org.assertj.core.groups.Tuple.tuple("note", "field.wrongType"),
                org.assertj.core.groups.Tuple.tuple("phone", "field.textExpected"));
        raw.clear();
        raw.put("count", null);
        assertThat(FORM.read(raw).errors()).extracting(FieldError::code).containsExactly("field.required");
    }

    @Test
    void textIsComposedTrimmedCountedAndFreeOfControlCharacters() {
        String nfd = Normalizer.normalize("Nguyễn Hải", Normalizer.Form.NFD);
        assertThat(answer(NAME, "\u00A0" + nfd + "\u200B")).isEqualTo(new Answer.Words("Nguyễn Hải"));
        // 10 characters composed, 13 decomposed: the bound counts what is kept, not how it was typed.
        assertThat(nfd.length()).isGreaterThan(10);
        assertThat(code(NAME, "Đông Hải lớn")).isEqualTo("field.tooLong");
        assertThat(error(NAME, "Đông Hải lớn").args()).containsExactly(10, 12);
        assertThat(error(NOTE, "dòng 1\u0000".repeat(3)).args()).containsExactly(7, "U+0000");
        assertThat(code(NOTE, "\u0007".repeat(2000))).isEqualTo("field.controlCharacter");
        assertThat(answer(NOTE, "dòng 1\r\n\tdòng 2")).isEqualTo(new Answer.Words("dòng 1\r\n\tdòng 2"));
        assertThat(error(NAME, "Nguyễn\nAn")).isEqualTo(new FieldError("name", "field.lineBreak", List.of(7)));
        assertThat(code(NAME, "An\tBình")).isEqualTo("field.lineBreak");
        assertThat(answer(NOTE, "😀".repeat(2000))).isInstanceOf(Answer.Words.class);
        assertThat(code(NOTE, "x".repeat(2001))).isEqualTo("field.tooLong");
        assertThat(error(NOTE, "ab" + "\u0301".repeat(31)).args()).containsExactly(3, 30);
        assertThat(FORM.read(Map.of("name", " \u00A0\u200B ")).answers().get("name")).isEmpty();
    }

    @Test
    void addressesPhonesDatesAndChoicesAreCheckedWithoutPatterns() {
        assertThat(answer(MAIL, "an@snv.haiphong.gov.vn")).isEqualTo(new Answer.Words("an@snv.haiphong.gov.vn"));
        for (String bad : List.of("not-an-address", "a@b", "a@@b.vn", "@b.vn", "a b@c.vn", "a@-b.vn", "a@b.vn.",
                "a..b@c.vn", "a@b..vn", "a@b.1", "a@" + ".".repeat(200) + "@")) {
            assertThat(code(MAIL, bad)).as(bad).isEqualTo("field.notEmail");
        }
        assertThat(answer(PHONE, "0912 345 678")).isEqualTo(new Answer.Words("0912 345 678"));
        assertThat(answer(PHONE, "+84912345678")).isEqualTo(new Answer.Words("+84912345678"));
        assertThat(code(PHONE, "12345")).isEqualTo("field.notPhone");
        assertThat(code(PHONE, "0912a45678")).isEqualTo("field.notPhone");
        assertThat(answer(DAY, "31/12/2025")).isEqualTo(new Answer.Day(LocalDate.of(2025, 12, 31)));
        assertThat(answer(DAY, "2025-12-31")).isEqualTo(new Answer.Day(LocalDate.of(2025, 12, 31)));
        assertThat(answer(DAY, LocalDate.of(2025, 1, 2))).isEqualTo(new Answer.Day(LocalDate.of(2025, 1, 2)));
        assertThat(code(DAY, "31/02/2025")).isEqualTo("field.notDate");
        assertThat(code(DAY, "12/31/2025")).isEqualTo("field.notDate");
        assertThat(answer(LEVEL, "commune")).isEqualTo(new Answer.Choice("commune"));
        assertThat(error(LEVEL, "xã").args()).containsExactly("xã", "province, commune");
    }

    @Test
    void answersAreStoredTypedReadBackAndShownTheVietnameseWay() {
        Map<String, Object> raw = new HashMap<>(Map.of("count", "12", "grouped", "650.000", "rate", "10,5",
                "day", "02/01/2025", "level", "commune", "name", "An"));
        Answers answers = FORM.read(raw).answers();
        Map<String, Object> stored = answers.stored();
        assertThat(stored).containsEntry("grouped", 650_000L).containsEntry("rate", new BigDecimal("10.5"))
                .containsEntry("day", "2025-01-02").containsEntry("name", "An");
        assertThat(Answers.fromStored(FORM, stored)).isEqualTo(answers);
        assertThat(answers.shown(GROUPED, Locale.ENGLISH)).isEqualTo("650.000");
        assertThat(answers.shown(RATE, null)).isEqualTo("10,5");
        assertThat(answers.shown(DAY, null)).isEqualTo("02/01/2025");
        assertThat(answers.shown(LEVEL, Locale.ENGLISH)).isEqualTo("Commune");
        assertThat(answers.editable("grouped")).isEqualTo("650000");
        assertThat(answers.editable("rate")).isEqualTo("10,5");
        // Rows written before answers were typed hold texts; they read as the type.
        assertThat(Answers.fromStored(FORM, Map.of("grouped", "650000", "count", "x")).get("grouped"))
                .contains(new Answer.Whole(650_000));
        assertThat(Answers.fromStored(FORM, Map.of("count", "x")).get("count")).contains(new Answer.Words("x"));
    }

    @Test
    void aDefinitionIsRefusedWhenItsFieldsCouldOverflowTheStorageOrItsChoicesAreMissing() {
        Field huge = new Field("huge", LABEL, null, FieldType.LONG_TEXT, false, null, null, 5000);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FormCatalogue.validate("x.json",
                new FormDefinition("x", 1, LABEL, null, List.of(huge)))).hasMessageContaining("8000");
        Field empty = new Field("level", LABEL, null, FieldType.CHOICE, false, null, null, null, null, null, List.of());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FormCatalogue.validate("x.json",
                new FormDefinition("x", 1, LABEL, null, List.of(empty)))).hasMessageContaining("needs options");
    }

    private static Answer answer(Field field, Object raw) {
        FormDefinition.Reading reading = read(field, raw);
        assertThat(reading.errors()).isEmpty();
        return reading.answers().get(field.key()).orElseThrow();
    }

    private static String code(Field field, Object raw) {
        return error(field, raw).code();
    }

    private static FieldError error(Field field, Object raw) {
        List<FieldError> errors = read(field, raw).errors().stream().filter(e -> e.fieldKey().equals(field.key())).toList();
        assertThat(errors).as("errors for %s", raw).hasSize(1);
        return errors.get(0);
    }

    private static FormDefinition.Reading read(Field field, Object raw) {
        Map<String, Object> values = new HashMap<>();
        values.put(field.key(), raw);
        values.putIfAbsent("count", 1);
        return FORM.read(values);
    }
}
