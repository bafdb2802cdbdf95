package vn.thuocdo.survey.ui;

import vn.thuocdo.sampling.ui.WorkbookUpload;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.shared.UploadLimits;
import vn.thuocdo.survey.QuestionnaireVersion;
import vn.thuocdo.survey.Questionnaires;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.Formats;
import vn.thuocdo.web.MainLayout;

import java.io.ByteArrayInputStream;

/**
 * The questionnaire versions a round may pin, shipped and imported: each one's title, reference, respondents,
 * origin and number of items, downloadable as XLSForm and open to preview; and the import of a new version.
 */
@Route(value = QuestionnairesView.ROUTE, layout = MainLayout.class)
@PageTitle("Bảng hỏi · Thước Đo")
@RolesAllowed("ministry-coordinator")
public class QuestionnairesView extends VerticalLayout {

    public static final String ROUTE = "survey/questionnaires";
    static final String PREVIEW = "survey/questionnaires/preview";

    private final Questionnaires questionnaires;
    private final Actor actor;
    final Grid<QuestionnaireVersion> grid = new Grid<>();
    final WorkbookUpload<QuestionnaireVersion> upload;

    QuestionnairesView(Questionnaires questionnaires, UploadLimits limits, CurrentActor currentActor) {
        this.questionnaires = questionnaires;
        this.actor = currentActor.get();
        grid.setId("questionnaires");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(v -> v.title().in(getLocale())).setKey("title")
                .setHeader(getTranslation("questionnaires.col.title")).setWidth("18em").setFlexGrow(3);
        grid.addColumn(QuestionnaireVersion::reference).setKey("reference")
                .setHeader(getTranslation("questionnaires.col.reference")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> getTranslation("questionnaires.kind." + v.kind())).setKey("kind")
                .setHeader(getTranslation("questionnaires.col.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> getTranslation("questionnaires.source." + v.source())).setKey("source")
                .setHeader(getTranslation("questionnaires.col.source")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(QuestionnaireVersion::items).setKey("items")
                .setHeader(getTranslation("questionnaires.col.items")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::importedText).setKey("imported")
                .setHeader(getTranslation("questionnaires.col.imported")).setWidth("10em").setFlexGrow(1);
        // Download and preview stay in sight when the other columns need more room than the screen has.
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        grid.setAllRowsVisible(true);
        upload = QuestionnaireUpload.of(this, questionnaires, limits, actor, version -> refresh());
        Paragraph intro = new Paragraph(getTranslation("questionnaires.intro"));
        intro.addClassName("td-muted");
        add(new H2(getTranslation("questionnaires.title")), intro, grid,
                new H3(getTranslation("questionnaires.import")), upload);
        refresh();
    }

    private void refresh() {
        grid.setItems(questionnaires.versions());
    }

    private String importedText(QuestionnaireVersion v) {
        return v.source() == QuestionnaireVersion.Source.SHIPPED ? getTranslation("questionnaires.shipped")
                : getTranslation("questionnaires.importedBy", v.importedBy(), Formats.dateTime(v.importedAt()));
    }

    private HorizontalLayout actions(QuestionnaireVersion v) {
        String file = v.id() + "-v" + v.version() + ".xlsx";
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = questionnaires.exportXlsForm(v.reference(), actor);
            return new DownloadResponse(new ByteArrayInputStream(bytes), file, WorkbookUpload.XLSX,
                    bytes.length);
        }), getTranslation("questionnaires.download"));
        download.setId("download-" + v.reference());
        Anchor preview = new Anchor(PREVIEW + "?ref=" + v.reference(), getTranslation("questionnaires.preview"));
        preview.setId("preview-" + v.reference());
        return new HorizontalLayout(download, preview);
    }
}
