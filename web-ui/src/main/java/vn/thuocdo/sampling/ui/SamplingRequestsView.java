package vn.thuocdo.sampling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.thuocdo.sampling.SamplingRecord;
import vn.thuocdo.sampling.SamplingRecords;
import vn.thuocdo.web.Badges;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.Formats;
import vn.thuocdo.web.MainLayout;

import java.util.List;

/** The officer's own unit's sampling requests in every round, each with its state, whether or not a task waits. */
@Route(value = "sampling/requests", layout = MainLayout.class)
@PageTitle("Thông tin chọn mẫu của đơn vị · Thước Đo")
@RolesAllowed("provincial-officer")
public class SamplingRequestsView extends VerticalLayout {

    final Grid<SamplingRecord> grid = new Grid<>();

    SamplingRequestsView(SamplingRecords records, CurrentActor currentActor) {
        List<SamplingRecord> mine = records.ofMyUnit(currentActor.get());
        grid.setId("my-requests");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> r.round().name()).setHeader(getTranslation("inbox.col.round")).setFlexGrow(2);
        grid.addComponentColumn(r -> Badges.of(getTranslation("stage.sampling.state." + r.request().state()),
                SamplingRequestView.tone(r.request().state()))).setKey("state")
                .setHeader(getTranslation("inbox.col.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Formats.date(r.request().due())).setHeader(getTranslation("inbox.col.due"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.request().submittedAt() == null ? getTranslation("common.date.none")
                : Formats.dateTime(r.request().submittedAt())).setHeader(getTranslation("dashboard.col.submittedAt"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> {
            Button open = new Button(getTranslation("request.view"), e -> open(r));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return open;
        }).setKey("open").setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setItems(mine);
        grid.setAllRowsVisible(true);
        Paragraph empty = new Paragraph(getTranslation("requests.empty"));
        empty.setVisible(mine.isEmpty());
        grid.setVisible(!mine.isEmpty());
        add(new H2(getTranslation("requests.title")), grid, empty);
    }

    private void open(SamplingRecord record) {
        getUI().ifPresent(ui -> ui.navigate(SamplingRequestView.ROUTE,
                SamplingRequestView.query(record.round().id(), record.request().unitId())));
    }
}
