package vn.thuocdo.fieldwork.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import vn.thuocdo.fieldwork.Outcome;
import vn.thuocdo.fieldwork.QueueItem;
import vn.thuocdo.web.Formats;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Interviews waiting for a reviewer, a page at a time, oldest first: who, which household, where, when completed,
 * how often edited after completion; each opens with its button. {@code page} reads one page of {@code size} + 1
 * rows, so the next-page button knows whether there is one.
 */
class QueueGrid extends VerticalLayout {

    static final int SIZE = 20;

    interface Pages {
        List<QueueItem> read(int page, int size);
    }

    final Grid<QueueItem> grid = new Grid<>();
    final Button previous = new Button();
    final Button next = new Button();
    final Span where = new Span();
    private final Pages pages;
    private int page;

    QueueGrid(String id, String timeKey, Pages pages, Consumer<QueueItem> open) {
        this.pages = pages;
        setPadding(false);
        grid.setId(id);
        grid.addColumn(q -> Objects.requireNonNullElse(q.enumeratorName(), q.enumerator()))
                .setHeader(getTranslation("fwsup.col.enumerator")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(q -> FieldworkWords.household(this, q.order(), q.replacementRank(), q.household()))
                .setHeader(getTranslation("fwsup.col.household")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(q -> q.villageName() + ", " + q.communeName()).setHeader(getTranslation("fwsup.col.village"))
                .setWidth("10em").setFlexGrow(1);
        grid.addColumn(q -> Formats.dateTime(q.completedAt()))
                .setHeader(getTranslation(timeKey)).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(q -> q.outcome() == Outcome.INTERVIEWED ? ""
                : FieldworkWords.outcome(this, q.outcome())).setHeader(getTranslation("fwsup.col.outcome"))
                .setAutoWidth(true).setFlexGrow(0);
        Span edits = new Span(getTranslation("fwsup.col.edits"));
        edits.setTitle(getTranslation("fwsup.col.editsLong"));
        grid.addColumn(q -> Formats.number(q.editsAfterCompletion())).setHeader(edits)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(q -> {
            Button button = new Button(getTranslation("fwsup.open"), e -> open.accept(q));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            button.setId("fwsup-open-" + q.interviewId());
            return button;
        }).setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        grid.setAllRowsVisible(true);
        previous.setText(getTranslation("fwsup.previous"));
        previous.setId("fwsup-previous");
        previous.addClickListener(e -> show(page - 1));
        next.setText(getTranslation("fwsup.next"));
        next.setId("fwsup-next");
        next.addClickListener(e -> show(page + 1));
        HorizontalLayout paging = new HorizontalLayout(previous, where, next);
        paging.setAlignItems(FlexComponent.Alignment.CENTER);
        add(grid, paging);
        show(0);
    }

    void show(int wanted) {
        page = Math.max(0, wanted);
        List<QueueItem> rows = pages.read(page, SIZE + 1);
        grid.setItems(rows.subList(0, Math.min(SIZE, rows.size())));
        previous.setEnabled(page > 0);
        next.setEnabled(rows.size() > SIZE);
        where.setText(getTranslation("fwsup.page", Formats.number(page + 1)));
    }

    boolean isEmpty() {
        return page == 0 && grid.getListDataView().getItemCount() == 0;
    }
}
