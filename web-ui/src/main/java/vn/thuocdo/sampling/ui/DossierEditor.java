package vn.thuocdo.sampling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.sampling.AnnexesAttached;
import vn.thuocdo.sampling.DossierCount;
import vn.thuocdo.sampling.FrameError;
import vn.thuocdo.sampling.InvalidFrame;
import vn.thuocdo.sampling.SamplingFrames;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.web.Notices;

import java.util.ArrayList;
import java.util.List;

/**
 * Phụ lục 2 typed on the screen instead of uploaded: a few dozen service areas at most, so a table of text fields is
 * quicker than a spreadsheet. Saving runs the same checks as an upload and replaces the annex as a whole.
 */
class DossierEditor extends Details {

    /** Rows offered when nothing was entered yet. */
    private static final int EMPTY_ROWS = 3;
    /** The cells' labels, in the template's column order (A, B, C), which is the order the rows are sent in. */
    private static final String[] COLUMNS = {"dossiers.area", "dossiers.received", "dossiers.handled"};
    /** Marks a cell the checks refused; styled in thuocdo.css. */
    static final String CELL_ERROR = "td-cell-error";

    private final SamplingFrames frames;
    private final String taskId;
    private final Actor actor;
    private final Runnable saved;
    final VerticalLayout rows = new VerticalLayout();
    final List<TextField[]> cells = new ArrayList<>();
    final UnorderedList errors = new UnorderedList();
    final Button addRow = new Button();
    final Button save = new Button();

    DossierEditor(SamplingFrames frames, String taskId, String requestId, Actor actor, Runnable saved) {
        this.frames = frames;
        this.taskId = taskId;
        this.actor = actor;
        this.saved = saved;
        setSummaryText(getTranslation("dossiers.edit"));
        setId("dossier-editor");
        rows.setPadding(false);
        rows.setSpacing(false);
        List<DossierCount> current = frames.dossierCounts(requestId);
        current.forEach(d -> addRow(d.serviceArea(), Long.toString(d.received()), Long.toString(d.handled())));
        for (int i = current.size(); i < EMPTY_ROWS; i++) {
            addRow("", "", "");
        }
        addRow.setText(getTranslation("dossiers.addRow"));
        addRow.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addRow.setId("dossier-add-row");
        addRow.addClickListener(e -> addRow("", "", ""));
        save.setText(getTranslation("dossiers.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("dossier-save");
        save.addClickListener(e -> save());
        errors.setId("dossier-errors");
        add(rows, new HorizontalLayout(addRow, save), errors);
    }

    private void addRow(String area, String received, String handled) {
        TextField[] row = {field(COLUMNS[0], area, "20em"), field(COLUMNS[1], received, "10em"),
                field(COLUMNS[2], handled, "10em")};
        cells.add(row);
        HorizontalLayout line = new HorizontalLayout(new Span(Integer.toString(cells.size())), row[0], row[1],
                row[2]);
        line.setWrap(true);
        Button remove = new Button(getTranslation("notes.remove"), e -> {
            cells.remove(row);
            rows.remove(line);
            renumber();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        line.add(remove);
        line.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        rows.add(line);
    }

    /** Rows are numbered from 1 as they stand on the screen; errors are told in the same numbers. */
    private void renumber() {
        for (int i = 0; i < rows.getComponentCount(); i++) {
            ((Span) ((HorizontalLayout) rows.getComponentAt(i)).getComponentAt(0)).setText(Integer.toString(i + 1));
        }
    }

    /**
     * One refusal in the screen's terms. The checks are an upload's, which count rows as the template does (the
     * header is row 1, the first entry row 2) and columns by letter; here the first row is 1 and a column is named
     * by its label, and the cell itself is marked with the reason.
     */
    private void show(FrameError error) {
        int row = error.row() - 1;
        if (error.row() < 2 || row > cells.size()) {
            errors.add(new ListItem(FrameUpload.message(this, error)));
            return;
        }
        Object[] args = error.args().toArray();
        if (error.key().equals("frame.duplicate") && args.length > 0 && args[0] instanceof Integer first) {
            args[0] = first - 1;
        }
        String text = getTranslation(error.key(), args);
        int column = error.column() == null || error.column().length() != 1 ? -1 : error.column().charAt(0) - 'A';
        TextField[] line = cells.get(row - 1);
        if (column >= 0 && column < COLUMNS.length) {
            errors.add(new ListItem(getTranslation("dossiers.at", row, getTranslation(COLUMNS[column]), text)));
            mark(line[column], text);
        } else {
            errors.add(new ListItem(getTranslation("frame.atRow", row, text)));
            for (TextField cell : line) {
                mark(cell, text);
            }
        }
    }

    private static void mark(TextField cell, String text) {
        cell.addClassName(CELL_ERROR);
        cell.setErrorMessage(text);
        cell.setInvalid(true);
    }

    private TextField field(String label, String value, String width) {
        TextField field = new TextField(getTranslation(label));
        field.setValue(value);
        field.setWidth(width);
        return field;
    }

    void save() {
        errors.removeAll();
        for (TextField[] row : cells) {
            for (TextField cell : row) {
                cell.removeClassName(CELL_ERROR);
                cell.setInvalid(false);
            }
        }
        List<List<String>> typed = cells.stream()
                .map(row -> List.of(row[0].getValue(), row[1].getValue(), row[2].getValue())).toList();
        try {
            AnnexesAttached attached = frames.enterDossiers(taskId, typed, actor);
            Notices.success(getTranslation("frame.attached.dossiers", attached.serviceAreas()));
            saved.run();
        } catch (InvalidFrame invalid) {
            invalid.errors().forEach(this::show);
            Notices.error(getTranslation("dossiers.invalid", invalid.errors().size()));
        } catch (Rejected refused) {
            Notices.refused(refused);
        }
    }
}
