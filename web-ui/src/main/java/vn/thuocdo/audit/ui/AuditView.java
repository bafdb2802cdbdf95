package vn.thuocdo.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.thuocdo.audit.AuditEvent;
import vn.thuocdo.audit.AuditLog;
import vn.thuocdo.web.Badges;
import vn.thuocdo.web.Formats;
import vn.thuocdo.web.MainLayout;

/** Operators read the audit trail: who did or was refused what, newest first. */
@Route(value = "audit", layout = MainLayout.class)
@PageTitle("Nhật ký truy cập · Thước Đo")
@RolesAllowed("operator")
public class AuditView extends VerticalLayout {

    AuditView(AuditLog audit) {
        setSizeFull();
        Grid<AuditEvent> grid = new Grid<>();
        grid.setId("audit");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(e -> Formats.dateTime(e.at())).setHeader(getTranslation("audit.col.at")).setAutoWidth(true);
        grid.addColumn(AuditEvent::actor).setHeader(getTranslation("audit.col.actor")).setAutoWidth(true);
        grid.addColumn(AuditEvent::unitId).setHeader(getTranslation("audit.col.unit")).setAutoWidth(true);
        grid.addColumn(AuditEvent::action).setHeader(getTranslation("audit.col.action")).setAutoWidth(true);
        grid.addColumn(AuditEvent::target).setHeader(getTranslation("audit.col.target")).setFlexGrow(1);
        grid.addComponentColumn(e -> Badges.of(e.outcome(), AuditLog.OK.equals(e.outcome()) ? "success" : "error"))
                .setHeader(getTranslation("audit.col.outcome")).setAutoWidth(true);
        grid.setItems(audit.recent(500));
        add(new H2(getTranslation("audit.title")), grid);
    }
}
