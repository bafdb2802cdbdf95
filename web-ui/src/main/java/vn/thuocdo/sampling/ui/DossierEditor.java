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
        TextField[] row = {field("dossiers.area", area, "20em"), field("dossiers.received", received, "10em"),
                field("dossiers.handled", handled, "10em")};
        cells.add(row);
        HorizontalLayout line = new HorizontalLayout(new Span(Integer.toString(cells.size() + 1)), row[0], row[1],
                row[2]);
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

    /** Row numbers as in the template (the header is row 1), so an error's row is the one on screen. */
    private void renumber() {
        for (int i = 0; i < rows.getComponentCount(); i++) {
            ((Span) ((HorizontalLayout) rows.getComponentAt(i)).getComponentAt(0)).setText(Integer.toString(i + 2));
        }
    }

    private TextField field(String label, String value, String width) {
        TextField field = new TextField(getTranslation(label));
        field.setValue(value);
        field.setWidth(width);
        return field;
    }

    void save() {
        errors.removeAll();
        List<List<String>> typed = cells.stream()
                .map(row -> List.of(row[0].getValue(), row[1].getValue(), row[2].getValue())).toList();
        try {
            AnnexesAttached attached = frames.enterDossiers(taskId, typed, actor);
            Notices.success(getTranslation("frame.attached.dossiers", attached.serviceAreas()));
            saved.run();
        } catch (InvalidFrame invalid) {
            invalid.errors().forEach(e -> errors.add(new ListItem(FrameUpload.message(this, e))));
            Notices.error(getTranslation("dossiers.invalid", invalid.errors().size()));
        } catch (Rejected refused) {
            Notices.refused(refused);
        }
    }
}
