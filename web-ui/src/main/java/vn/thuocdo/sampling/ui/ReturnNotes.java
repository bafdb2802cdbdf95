package vn.thuocdo.sampling.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import vn.thuocdo.sampling.ReturnNote;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reasons pinned to fields and annex rows, as a table: where, what it said, why. Read-only for the unit that must
 * correct them; with a remove button while the coordinator is still writing them.
 */
class ReturnNotes extends Grid<ReturnNote> {

    private final List<ReturnNote> notes = new ArrayList<>();

    ReturnNotes(String id, Consumer<ReturnNote> remove) {
        setId(id);
        addColumn(note -> where(this, note)).setHeader(getTranslation("notes.where")).setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(note -> note.subject() == null ? "" : note.subject()).setHeader(getTranslation("notes.subject"))
                .setFlexGrow(1);
        addColumn(ReturnNote::reason).setHeader(getTranslation("notes.reason")).setFlexGrow(2);
        if (remove != null) {
            addComponentColumn(note -> {
                Button drop = new Button(getTranslation("notes.remove"), e -> remove.accept(note));
                drop.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                return drop;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        // Reasons are sentences: wrap them rather than cut them off.
        addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT,
                com.vaadin.flow.component.grid.GridVariant.LUMO_COMPACT);
        setWidthFull();
        setAllRowsVisible(true);
        setItems(notes);
    }

    void show(List<ReturnNote> shown) {
        notes.clear();
        notes.addAll(shown);
        getDataProvider().refreshAll();
        setVisible(!notes.isEmpty());
    }

    List<ReturnNote> notes() {
        return List.copyOf(notes);
    }

    /** "Mục của biểu mẫu" or "Phụ lục 1, dòng 12" in the reader's language. */
    static String where(Component in, ReturnNote note) {
        return note.onField() ? in.getTranslation("notes.onField")
                : in.getTranslation("notes.onRow", in.getTranslation("notes.annex." + note.target()), note.ref());
    }
}
