package vn.thuocdo.publication.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import vn.thuocdo.evidence.FileSizes;
import vn.thuocdo.publication.PublishedFile;
import vn.thuocdo.publication.PublishedFiles;

import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * A publication's files: path, kind, size, SHA-256 (so anyone can check a copy), the public address and a staff
 * download straight from the publication store.
 */
class PublishedFileList extends Grid<PublishedFile> {

    PublishedFileList(PublishedFiles published, List<PublishedFile> files) {
        setId("publication-files");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        addColumn(PublishedFile::path).setHeader(getTranslation("publication.file.path")).setAutoWidth(true);
        addColumn(f -> getTranslation("publication.kind." + f.kind().name())).setHeader(getTranslation("publication.file.kind"))
                .setAutoWidth(true);
        addColumn(f -> FileSizes.size(f.sizeBytes())).setHeader(getTranslation("publication.file.size"))
                .setAutoWidth(true);
        addComponentColumn(f -> {
            Span hash = new Span(f.sha256());
            hash.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-xs)")
                    .set("word-break", "break-all");
            return hash;
        }).setHeader("SHA-256").setFlexGrow(1);
        addComponentColumn(f -> {
            Anchor open = new Anchor(f.publicAddress(), getTranslation("publication.file.public"));
            open.setTarget("_blank");
            String name = f.path().substring(f.path().lastIndexOf('/') + 1);
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] bytes = published.content(f);
                return new DownloadResponse(new ByteArrayInputStream(bytes), name, f.contentType(), bytes.length);
            }), getTranslation("publication.file.download"));
            return new HorizontalLayout(open, download);
        }).setHeader(getTranslation("publication.file.links")).setAutoWidth(true);
        setItems(files);
    }
}
