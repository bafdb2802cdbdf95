package vn.thuocdo.forms;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FrameCatalogueTest {

    private final FrameCatalogue catalogue = FrameCatalogue.load();

    @Test
    void loadsTheShippedSamplingFrameWithItsVietnameseHeadersInOrder() {
        FrameDefinition frame = catalogue.latest("sampling-frame");
        assertThat(frame.reference()).isEqualTo("sampling-frame@1");
        assertThat(frame.sheet()).isEqualTo("Phụ lục 1");
        assertThat(frame.columns()).extracting(FrameColumn::header)
                .containsExactly("Mã xã", "Tên xã", "Tên thôn/tổ dân phố", "Số hộ", "Số nhân khẩu");
        assertThat(frame.column("communeCode").orElseThrow().digits()).isEqualTo(5);
        assertThat(frame.uniqueBy()).containsExactly("communeCode", "villageName");
        // The template is a proposal, not the official annex: the label says so to whoever reads it.
        assertThat(frame.description().vi()).contains("[A]");
    }

    @Test
    void aColumnKeyTwiceStopsTheLoadNamingTheFile() {
        FrameDefinition good = catalogue.latest("sampling-frame");
        List<FrameColumn> columns = new ArrayList<>(good.columns());
        FrameColumn first = columns.get(0);
        columns.add(new FrameColumn(first.key(), "Mã xã khác", FrameColumnType.CODE, true, null, 5, null, 10, null));
        assertThatThrownBy(() -> FrameCatalogue.validate("x.json", copy(good, good.sheet(), columns, good.uniqueBy())))
                .isInstanceOf(DefinitionInvalid.class).hasMessageContaining("x.json").hasMessageContaining("twice");
    }

    @Test
    void aCodeWithoutDigitsAMinOnTextAndAnUnknownUniqueColumnAreEachRefused() {
        FrameDefinition good = catalogue.latest("sampling-frame");
        List<FrameColumn> noDigits = new ArrayList<>(good.columns());
        noDigits.set(0, new FrameColumn("communeCode", "Mã xã", FrameColumnType.CODE, true, null, null, null, 10, null));
        assertThatThrownBy(() -> FrameCatalogue.validate("a.json", copy(good, good.sheet(), noDigits, good.uniqueBy())))
                .hasMessageContaining("digits");

        List<FrameColumn> minOnText = new ArrayList<>(good.columns());
        minOnText.set(1, new FrameColumn("communeName", "Tên xã", FrameColumnType.TEXT, true, 0L, null, null, 10, null));
        assertThatThrownBy(() -> FrameCatalogue.validate("b.json", copy(good, good.sheet(), minOnText, good.uniqueBy())))
                .hasMessageContaining("min");

        assertThatThrownBy(() -> FrameCatalogue.validate("c.json",
                copy(good, good.sheet(), good.columns(), List.of("communeCode", "hamlet"))))
                .hasMessageContaining("uniqueBy");
    }

    @Test
    void aSheetNameExcelCannotHoldIsRefused() {
        FrameDefinition good = catalogue.latest("sampling-frame");
        // Excel limits sheet names to 31 characters: such a template could never be filled in.
        assertThatThrownBy(() -> FrameCatalogue.validate("d.json",
                copy(good, "x".repeat(32), good.columns(), good.uniqueBy())))
                .hasMessageContaining("sheet");
    }

    @Test
    void aMissingFileInTheIndexStopsTheLoad() {
        assertThatThrownBy(() -> FrameCatalogue.load(getClass().getClassLoader(), "forms/no-such-index.json"))
                .isInstanceOf(DefinitionInvalid.class).hasMessageContaining("missing");
    }

    private static FrameDefinition copy(FrameDefinition f, String sheet, List<FrameColumn> columns, List<String> unique) {
        return new FrameDefinition(f.id(), f.version(), f.title(), f.description(), sheet, columns, unique,
                f.instructions());
    }
}
