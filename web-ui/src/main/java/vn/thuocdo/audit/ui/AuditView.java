package vn.thuocdo.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import vn.thuocdo.audit.ApiAccess;
import vn.thuocdo.audit.ApiAccessLog;
import vn.thuocdo.audit.AuditEvent;
import vn.thuocdo.audit.AuditLog;
import vn.thuocdo.audit.AuditQuery;
import vn.thuocdo.audit.AuditTrail;
import vn.thuocdo.audit.AuditWorkbooks;
import vn.thuocdo.units.Units;
import vn.thuocdo.web.Badges;
import vn.thuocdo.web.Formats;
import vn.thuocdo.web.MainLayout;

import java.io.IOException;
import java.io.OutputStream;
import java.text.NumberFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Operators read the audit trail: who did or was refused what, newest first, a page at a time over every event
 * kept, filtered by person, unit, action and days; API access counted per day on its own tab; the filtered events
 * exported to Excel.
 */
@Route(value = "audit", layout = MainLayout.class)
@PageTitle("Nhật ký truy cập · Thước Đo")
@RolesAllowed("operator")
public class AuditView extends VerticalLayout {

    /** Rows read per database round trip when exporting: the export walks the whole filtered trail. */
    private static final int EXPORT_PAGE = 1000;

    final Grid<AuditEvent> events = new Grid<>();
    final Grid<ApiAccess> api = new Grid<>();
    final AuditFilters filters;
    private final AuditTrail trail;
    private final AuditWorkbooks workbooks;
    private final AuditWording wording;

    AuditView(AuditTrail trail, ApiAccessLog apiAccess, Units units, AuditWorkbooks workbooks) {
        this.trail = trail;
        this.workbooks = workbooks;
        this.wording = new AuditWording(this, units);
        setSizeFull();
        List<String> unitIds = trail.units();
        wording.knowUnits(unitIds);
        CallbackDataProvider<AuditEvent, Void> eventRows = DataProvider.fromCallbacks(
                q -> trail.find(filters().query(), q.getOffset(), q.getLimit()).stream(),
                q -> trail.count(filters().query()));
        CallbackDataProvider<ApiAccess, Void> apiRows = DataProvider.fromCallbacks(
                q -> apiAccess.find(filters().query(), q.getOffset(), q.getLimit()).stream(),
                q -> apiAccess.count(filters().query()));
        filters = new AuditFilters(unitIds, trail.actions(), wording, () -> {
            eventRows.refreshAll();
            apiRows.refreshAll();
        });
        eventColumns();
        events.setItems(eventRows);
        // A filter that matches nothing says so, rather than leaving an empty grid that looks like a failed load.
        events.setEmptyStateText(getTranslation("audit.empty"));
        apiColumns();
        api.setItems(apiRows);
        api.setEmptyStateText(getTranslation("audit.api.empty"));
        TabSheet tabs = new TabSheet();
        tabs.setSizeFull();
        tabs.add(getTranslation("audit.tab.events"), events);
        tabs.add(getTranslation("audit.tab.api"), api);
        filters.add(export());
        add(new H2(getTranslation("audit.title")), filters, tabs);
    }

    private AuditFilters filters() {
        return filters;
    }

    private void eventColumns() {
        events.setId("audit");
        events.setSizeFull();
        events.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // Fixed widths in rem (an em would differ between the header and the rows, their fonts differ) that fit
        // 1366 px beside the navigation; the target takes the rest, its detail below it.
        events.addColumn(e -> Formats.dateTime(e.at())).setHeader(getTranslation("audit.col.at")).setWidth("9.5rem")
                .setFlexGrow(0);
        events.addComponentColumn(e -> person(e.who(), e.actor())).setHeader(getTranslation("audit.col.actor"))
                .setWidth("13rem").setFlexGrow(0);
        events.addColumn(e -> wording.unit(e.unitId())).setHeader(getTranslation("audit.col.unit")).setWidth("10rem")
                .setFlexGrow(0);
        events.addColumn(e -> wording.action(e.action())).setHeader(getTranslation("audit.col.action"))
                .setWidth("11rem").setFlexGrow(0);
        events.addComponentColumn(e -> withDetail(e.target(), e.detail())).setHeader(getTranslation("audit.col.target"))
                .setWidth("12rem").setFlexGrow(1);
        events.addComponentColumn(e -> Badges.of(wording.outcome(e.outcome()),
                        AuditLog.OK.equals(e.outcome()) ? "success" : "error"))
                .setHeader(getTranslation("audit.col.outcome")).setWidth("7.5rem").setFlexGrow(0);
    }

    private void apiColumns() {
        api.setId("api-access");
        api.setSizeFull();
        api.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        NumberFormat count = NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN"));
        api.addColumn(a -> Formats.date(a.day())).setHeader(getTranslation("audit.col.day")).setAutoWidth(true)
                .setFlexGrow(0);
        api.addComponentColumn(a -> person(a.who(), a.username())).setHeader(getTranslation("audit.col.actor"))
                .setAutoWidth(true);
        api.addColumn(a -> wording.unit(a.unitId())).setHeader(getTranslation("audit.col.unit")).setAutoWidth(true);
        api.addColumn(ApiAccess::endpoint).setHeader(getTranslation("audit.col.endpoint")).setAutoWidth(true)
                .setFlexGrow(1).setTooltipGenerator(ApiAccess::endpoint);
        api.addColumn(a -> count.format(a.calls())).setHeader(getTranslation("audit.col.calls")).setAutoWidth(true)
                .setFlexGrow(0);
        api.addColumn(a -> Formats.dateTime(a.firstAt())).setHeader(getTranslation("audit.col.firstAt"))
                .setAutoWidth(true).setFlexGrow(0);
        api.addColumn(a -> Formats.dateTime(a.lastAt())).setHeader(getTranslation("audit.col.lastAt"))
                .setAutoWidth(true).setFlexGrow(0);
    }

    private static Component withDetail(String target, String detail) {
        Div cell = new Div(new Span(target == null ? "" : target));
        if (detail != null && !detail.isBlank()) {
            Div below = new Div(detail);
            below.addClassName("td-muted");
            cell.add(below);
        }
        return cell;
    }

    private static Component person(String name, String username) {
        Span login = new Span(name.equals(username) ? "" : " (" + username + ")");
        login.addClassName("td-muted");
        return new Div(new Span(name), login);
    }

    /** The file is made when it is downloaded, with the filters as they are then and the reader's wording. */
    private Anchor export() {
        DownloadHandler file = download -> {
            download.setFileName("nhat-ky-truy-cap.xlsx");
            download.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            // Streamed to the browser as it is read: a long trail is never held whole in memory.
            exportTo(download.getOutputStream());
        };
        Anchor export = new Anchor(file, getTranslation("audit.export"));
        export.setId("export-audit");
        return export;
    }

    /** Every event the filters select, not only the page on screen, read a thousand at a time. */
    void exportTo(OutputStream out) throws IOException {
        AuditQuery query = filters.query();
        Iterable<AuditWorkbooks.Line> lines = () -> new Iterator<>() {
            private int offset;
            private Iterator<AuditEvent> page = List.<AuditEvent>of().iterator();
            private boolean last;

            @Override
            public boolean hasNext() {
                if (!page.hasNext() && !last) {
                    List<AuditEvent> rows = trail.find(query, offset, EXPORT_PAGE);
                    offset += rows.size();
                    last = rows.size() < EXPORT_PAGE;
                    page = rows.iterator();
                }
                return page.hasNext();
            }

            @Override
            public AuditWorkbooks.Line next() {
                hasNext();
                return wording.line(page.next());
            }
        };
        workbooks.events(lines, this::getTranslation, out);
    }
}
