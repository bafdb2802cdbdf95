package vn.thuocdo.evidence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import vn.thuocdo.evidence.EvidenceFile;
import vn.thuocdo.evidence.EvidenceFiles;
import vn.thuocdo.evidence.EvidencePreview;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.web.Notices;

import java.io.ByteArrayInputStream;

/** A file's first pages or its image, as PNGs the capability rendered within bounds; or why it cannot be shown. */
class EvidencePreviewDialog extends Dialog {

    EvidencePreviewDialog(EvidenceFiles evidence, Actor actor, EvidenceFile file) {
        setHeaderTitle(file.fileName());
        setWidth("min(96vw, 960px)");
        setMaxHeight("92vh");
        getFooter().add(new Button(getTranslation("evidence.close"), e -> close()));
        EvidencePreview.Pages pages;
        try {
            pages = evidence.preview(actor, file.id());
        } catch (Rejected refused) {
            add(new Paragraph(Notices.text(refused)));
            return;
        }
        if (!pages.shown()) {
            Paragraph cannot = new Paragraph(getTranslation("evidence.preview.cannot") + " "
                    + getTranslation(pages.refusalKey()));
            cannot.setId("evidence-preview-cannot");
            add(cannot);
            return;
        }
        if (pages.totalPages() > pages.png().size()) {
            add(new Paragraph(getTranslation("evidence.preview.firstPages", pages.png().size(), pages.totalPages())));
        }
        int n = 0;
        for (byte[] png : pages.png()) {
            int page = ++n;
            Image image = new Image(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new ByteArrayInputStream(png), "trang-" + page + ".png", "image/png", png.length)),
                    getTranslation("evidence.preview.page", page));
            image.setWidthFull();
            image.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("margin-bottom", "8px");
            image.addClassName("evidence-preview-page");
            add(image);
        }
    }
}
