package vn.thuocdo.scorecard.ui;

import vn.thuocdo.sampling.ui.WorkbookUpload;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import vn.thuocdo.forms.scorecard.Area;
import vn.thuocdo.forms.scorecard.Criterion;
import vn.thuocdo.forms.scorecard.Scorecard;
import vn.thuocdo.forms.scorecard.ScoringRule;
import vn.thuocdo.forms.scorecard.SubCriterion;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.scorecard.ScorecardEntry;
import vn.thuocdo.scorecard.ScorecardLibrary;
import vn.thuocdo.shared.UploadLimits;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.Formats;
import vn.thuocdo.web.MainLayout;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The PAR INDEX scorecards: each definition with its kind, years, version, whether it is provisional [A] or
 * official, its totals and counts, downloadable as the Excel template; the read-only tree of the one selected; and
 * the import of an official version, which then is the one in force for its years.
 */
@Route(value = ScorecardsView.ROUTE, layout = MainLayout.class)
@PageTitle("Bộ tiêu chí · Thước Đo")
@RolesAllowed("ministry-coordinator")
public class ScorecardsView extends VerticalLayout {

    public static final String ROUTE = "scorecards";

    private final ScorecardLibrary library;
    private final Actor actor;
    final Grid<ScorecardEntry> grid = new Grid<>();
    final TreeGrid<Scorecard.Node> tree = new TreeGrid<>();
    final H3 treeTitle = new H3();
    final Paragraph treeSource = new Paragraph();
    final WorkbookUpload<ScorecardEntry> upload;

    ScorecardsView(ScorecardLibrary library, UploadLimits limits, CurrentActor currentActor) {
        this.library = library;
        this.actor = currentActor.get();
        setWidthFull();
        grid.setId("scorecards");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // The id under the title, not in a column of its own: a laptop's width holds the counts and the download.
        grid.addComponentColumn(this::title).setKey("title")
                .setHeader(getTranslation("scorecard.col.title")).setWidth("14em").setFlexGrow(3);
        grid.addColumn(e -> getTranslation("scorecard.kind." + e.scorecard().kind())).setKey("kind")
                .setHeader(getTranslation("scorecard.col.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> years(e.scorecard().years())).setKey("years")
                .setHeader(getTranslation("scorecard.col.years")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::status).setKey("status")
                .setHeader(getTranslation("scorecard.col.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> getTranslation("scorecard.totals", e.scorecard().totalPoints(),
                        e.scorecard().surveyMaximum())).setKey("totals")
                .setHeader(getTranslation("scorecard.col.totals")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> getTranslation("scorecard.counts", e.areas(), e.criteria(), e.subCriteria()))
                .setKey("counts").setHeader(getTranslation("scorecard.col.counts")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::origin).setKey("origin")
                .setHeader(getTranslation("scorecard.col.origin")).setWidth("9em").setFlexGrow(1);
        // The download stays in sight when the other columns need more room than the screen has.
        grid.addComponentColumn(this::download).setKey("download").setAutoWidth(true).setFlexGrow(0)
                .setFrozenToEnd(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(e.getValue());
            }
        });

        tree.setId("scorecard-tree");
        tree.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        tree.addHierarchyColumn(Scorecard.Node::code).setKey("code")
                .setHeader(getTranslation("scorecard.col.code")).setWidth("10em").setFlexGrow(0);
        tree.addColumn(n -> n.title().in(getLocale())).setKey("title")
                .setHeader(getTranslation("scorecard.col.nodeTitle")).setFlexGrow(4);
        tree.addColumn(n -> getTranslation("scorecard.points", n.maxPoints())).setKey("max")
                .setHeader(getTranslation("scorecard.col.max")).setAutoWidth(true).setFlexGrow(0);
        tree.addColumn(this::ruleType).setKey("type")
                .setHeader(getTranslation("scorecard.col.type")).setAutoWidth(true).setFlexGrow(0);
        tree.addColumn(this::ruleDetail).setKey("detail")
                .setHeader(getTranslation("scorecard.col.detail")).setFlexGrow(3);
        tree.addColumn(this::evidence).setKey("evidence")
                .setHeader(getTranslation("scorecard.col.evidence")).setAutoWidth(true).setFlexGrow(0);
        tree.setHeight("32em");
        treeSource.addClassName("td-muted");

        upload = ScorecardUpload.of(this, library, limits, actor, entry -> refresh(entry.scorecard().id()));
        Paragraph intro = new Paragraph(getTranslation("scorecard.intro"));
        intro.addClassName("td-muted");
        add(new H2(getTranslation("scorecard.title")), intro, grid, treeTitle, treeSource, tree,
                new H3(getTranslation("scorecard.import")), upload);
        refresh(null);
    }

    private void refresh(String selectId) {
        List<ScorecardEntry> entries = library.entries(actor);
        grid.setItems(entries);
        entries.stream().filter(e -> selectId == null || e.scorecard().id().equals(selectId)).findFirst()
                .ifPresent(grid::select);
    }

    private void show(ScorecardEntry entry) {
        Scorecard scorecard = entry.scorecard();
        treeTitle.setText(scorecard.title().in(getLocale()));
        treeSource.setText(scorecard.source() == null ? "" : scorecard.source().in(getLocale()));
        List<Scorecard.Node> areas = List.copyOf(scorecard.areas());
        tree.setItems(areas, ScorecardsView::children);
        tree.expandRecursively(areas, 2);
    }

    private static List<Scorecard.Node> children(Scorecard.Node node) {
        if (node instanceof Area area) {
            return List.copyOf(area.criteria());
        }
        if (node instanceof Criterion criterion) {
            return List.copyOf(criterion.subCriteria());
        }
        return List.of();
    }

    private String years(Scorecard.Years years) {
        return years.to() == null ? getTranslation("scorecard.yearsFrom", String.valueOf(years.from()))
                : getTranslation("scorecard.yearsBetween", String.valueOf(years.from()), String.valueOf(years.to()));
    }

    private Div title(ScorecardEntry entry) {
        Span id = new Span(entry.scorecard().id() + " · v" + entry.scorecard().version());
        id.addClassName("td-muted");
        id.getStyle().set("font-size", "var(--lumo-font-size-s)");
        Div title = new Div(new Div(entry.scorecard().title().in(getLocale())), id);
        title.setId("title-" + entry.scorecard().id());
        return title;
    }

    private Span status(ScorecardEntry entry) {
        boolean provisional = entry.scorecard().provisional();
        Span badge = new Span(getTranslation(provisional ? "scorecard.provisional" : "scorecard.official"));
        badge.getElement().getThemeList().add(provisional ? "badge contrast" : "badge success");
        badge.setId("status-" + entry.scorecard().id());
        return badge;
    }

    private String origin(ScorecardEntry e) {
        return e.source() == ScorecardEntry.Source.SHIPPED ? getTranslation("scorecard.shipped")
                : getTranslation("scorecard.importedBy", e.importedBy(), Formats.dateTime(e.importedAt()));
    }

    private Anchor download(ScorecardEntry entry) {
        String id = entry.scorecard().id();
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = library.exportWorkbook(id, actor);
            return new DownloadResponse(new ByteArrayInputStream(bytes), id + ".xlsx", WorkbookUpload.XLSX,
                    bytes.length);
        }), getTranslation("scorecard.download"));
        download.setId("download-" + id);
        return download;
    }

    private String ruleType(Scorecard.Node node) {
        return node instanceof SubCriterion sub ? getTranslation("scorecard.type." + sub.rule().type()) : "";
    }

    private String evidence(Scorecard.Node node) {
        return node instanceof SubCriterion sub && sub.requiresEvidence() ? getTranslation("scorecard.evidence")
                : "";
    }

    /** What a sub-criterion's rule gives, in words: its levels, its formula and thresholds, or its survey measure. */
    private String ruleDetail(Scorecard.Node node) {
        if (!(node instanceof SubCriterion sub)) {
            return "";
        }
        ScoringRule rule = sub.rule();
        if (rule instanceof ScoringRule.YesNo) {
            return getTranslation("scorecard.detail.yesNo", sub.maxPoints());
        }
        if (rule instanceof ScoringRule.Tiered tiered) {
            return tiered.levels().stream().map(l -> getTranslation("scorecard.detail.level",
                    l.label().in(getLocale()), l.points())).collect(Collectors.joining(" · "));
        }
        if (rule instanceof ScoringRule.Formula formula) {
            String scoring = formula.scoring() == ScoringRule.Formula.Method.PROPORTIONAL
                    ? getTranslation("scorecard.detail.proportional")
                    : formula.bandList().stream().map(b -> getTranslation("scorecard.detail.band", b.atLeast(),
                    b.points())).collect(Collectors.joining("; "));
            return getTranslation("scorecard.detail.formula", formula.value(), scoring);
        }
        ScoringRule.Survey survey = (ScoringRule.Survey) rule;
        return getTranslation("scorecard.detail.survey", survey.measure());
    }
}
