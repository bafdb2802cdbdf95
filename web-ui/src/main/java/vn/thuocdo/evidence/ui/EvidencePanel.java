package vn.thuocdo.evidence.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import vn.thuocdo.evidence.EvidenceFile;
import vn.thuocdo.evidence.EvidenceFiles;
import vn.thuocdo.evidence.FileSizes;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.web.Formats;
import vn.thuocdo.web.Notices;

import java.io.InputStream;
import java.util.List;

/**
 * The evidence (tài liệu kiểm chứng) of one sub-criterion of a unit's self-assessment, for the screens that embed
 * it: the list with each file's type, size, SHA-256, who uploaded it and when; preview, download, and - for the
 * unit's own officers and leader - upload and withdrawal with a reason. Read-only for everyone else the capability
 * lets read (coordinators, appraisers). The capability decides who may do what; the panel only hides what would be
 * refused.
 */
@org.springframework.modulith.NamedInterface("panel")
public class EvidencePanel extends VerticalLayout {

    /** The first characters of a hash people compare by eye; the whole one is on hover and copied on click. */
    static final int SHORT_HASH = 12;

    private final EvidenceFiles evidence;
    private final Actor actor;
    private final String roundId;
    private final String unitId;
    private final String criterion;
    private final boolean contributes;
    final Grid<EvidenceFile> files = new Grid<>();
    final Paragraph message = new Paragraph();
    final Upload upload = new Upload();

    public EvidencePanel(EvidenceFiles evidence, Actor actor, String roundId, String unitId, String criterion) {
        this.evidence = evidence;
        this.actor = actor;
        this.roundId = roundId;
        this.unitId = unitId;
        this.criterion = criterion;
        this.contributes = evidence.mayContribute(actor, roundId, unitId);
        setPadding(false);
        setId("evidence-panel");
        add(new H3(getTranslation("evidence.title", criterion)));
        Paragraph limits = new Paragraph(getTranslation("evidence.limits", evidence.settings().maxSizeText(),
                String.join(", ", List.of("PDF", "DOCX", "XLSX", "PNG", "JPEG", "GIF", "WEBP"))));
        limits.setId("evidence-limits");
        limits.addClassName("td-muted");
        add(limits);
        if (contributes) {
            EvidenceUploads.configure(upload, this, evidence.settings());
            add(upload);
        }
        message.setId("evidence-message");
        message.setVisible(false);
        add(message, grid());
        refresh();
    }

    public boolean readOnly() {
        return !contributes;
    }

    /** Reloads the list (after an upload elsewhere, or a withdrawal). */
    public void refresh() {
        List<EvidenceFile> all = evidence.list(actor, roundId, unitId, criterion);
        files.setItems(all);
        files.setVisible(!all.isEmpty());
        if (all.isEmpty() && !message.isVisible()) {
            say(getTranslation("evidence.none"), false);
        }
    }

    /** Attaches an upload as it streams in; runs on the upload's request thread, outside the session lock. */
    Object attach(String fileName, InputStream content) {
        try {
            return evidence.attach(actor, roundId, unitId, criterion, fileName, content);
        } catch (Rejected refused) {
            return refused;
        }
    }

    /** Shows what {@link #attach} concluded, under the session lock. */
    void show(Object outcome) {
        upload.clearFileList();
        if (outcome instanceof Rejected refused) {
            say(Notices.text(refused), true);
            Notices.refused(refused);
        } else if (outcome instanceof EvidenceFile file) {
            say(getTranslation("evidence.attached", file.fileName(), FileSizes.size(file.size())), false);
            refresh();
        }
    }

    /** An upload straight from bytes, for tests: what the upload handler does, in one step. */
    void received(String fileName, InputStream content) {
        show(attach(fileName, content));
    }

    void say(String text, boolean error) {
        message.setText(text);
        message.setVisible(true);
        message.getStyle().set("color", error ? "var(--lumo-error-text-color)" : "var(--lumo-secondary-text-color)");
    }

    private Grid<EvidenceFile> grid() {
        files.setId("evidence-files");
        files.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        files.setAllRowsVisible(true);
        files.addComponentColumn(this::name).setHeader(getTranslation("evidence.col.name")).setFlexGrow(3)
                .setWidth("12em").setKey("name");
        files.addColumn(f -> f.type().name()).setHeader(getTranslation("evidence.col.type")).setAutoWidth(true)
                .setKey("type");
        files.addComponentColumn(EvidencePanel::size).setHeader(getTranslation("evidence.col.size")).setAutoWidth(true)
                .setKey("size");
        files.addComponentColumn(this::hash).setHeader("SHA-256").setAutoWidth(true).setKey("hash");
        files.addColumn(f -> f.uploadedByName() == null ? f.uploadedBy() : f.uploadedByName())
                .setHeader(getTranslation("evidence.col.by")).setFlexGrow(1).setKey("by");
        files.addColumn(f -> Formats.dateTime(f.uploadedAt())).setHeader(getTranslation("evidence.col.at"))
                .setAutoWidth(true).setKey("at");
        files.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setKey("actions")
                // Always in view: on a tablet or phone the other columns scroll under it.
                .setFrozenToEnd(true);
        return files;
    }

    private Component name(EvidenceFile file) {
        Span name = new Span(file.fileName());
        if (!file.withdrawn()) {
            return name;
        }
        name.getStyle().set("text-decoration", "line-through");
        Span why = new Span(getTranslation("evidence.withdrawnNote", file.withdrawnByName() == null
                ? file.withdrawnBy() : file.withdrawnByName(), Formats.dateTime(file.withdrawnAt()),
                file.withdrawnReason()));
        why.addClassName("td-muted");
        VerticalLayout both = new VerticalLayout(name, why);
        both.setPadding(false);
        both.setSpacing(false);
        return both;
    }

    private static Component size(EvidenceFile file) {
        Span size = new Span(FileSizes.size(file.size()));
        size.getElement().setAttribute("title", Formats.number(file.size()) + " byte");
        return size;
    }

    private Component hash(EvidenceFile file) {
        Span hash = new Span(file.sha256().substring(0, SHORT_HASH) + "…");
        hash.getElement().setAttribute("title", file.sha256());
        hash.getStyle().set("font-family", "monospace").set("cursor", "copy");
        hash.addClickListener(e -> {
            UI.getCurrent().getPage().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)",
                    file.sha256());
            Notices.success(getTranslation("evidence.hashCopied"));
        });
        return hash;
    }

    private Component actions(EvidenceFile file) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(true);
        actions.setAlignItems(Alignment.CENTER);
        Button preview = new Button(getTranslation("evidence.preview"), e -> new EvidencePreviewDialog(evidence,
                actor, file).open());
        preview.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Anchor download = new Anchor(EvidenceDownloads.address(file.id()), getTranslation("evidence.download"));
        // A plain link the browser follows (the download controller), not a route of the application.
        download.getElement().setAttribute("router-ignore", true);
        download.getElement().setAttribute("download", file.fileName());
        download.getStyle().set("font-size", "var(--lumo-font-size-s)").set("font-weight", "500");
        actions.add(preview, download);
        if (contributes && !file.withdrawn()) {
            Button withdraw = new Button(getTranslation("evidence.withdraw"),
                    e -> new WithdrawDialog(evidence, actor, file, this::refresh).open());
            withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            actions.add(withdraw);
        }
        return actions;
    }
}
