package vn.thuocdo.history.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import vn.thuocdo.history.HistoryBatch;
import vn.thuocdo.history.HistoryLayout;
import vn.thuocdo.history.InvalidHistoryWorkbook;
import vn.thuocdo.sampling.ui.WorkbookUpload;
import vn.thuocdo.shared.UploadLimits;
import vn.thuocdo.web.Notices;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The template to download and the upload of a filled one (results or targets): streamed to disk within the limits,
 * imported as a whole, then the batch or every refused row with its reason.
 */
class HistoryUpload extends VerticalLayout {

    /** What the screen does with a file: import it (size, stream) into a batch. */
    interface Importer {
        HistoryBatch importWorkbook(InputStream in, long size);
    }

    private final WorkbookUpload<HistoryBatch> workbook;
    final UnorderedList errors;

    HistoryUpload(String id, HistoryLayout layout, UploadLimits limits, Supplier<byte[]> template, Importer importer,
                  Consumer<HistoryBatch> imported) {
        setPadding(false);
        setSpacing(false);
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = template.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), layout.fileName(), WorkbookUpload.XLSX,
                    bytes.length);
        }), getTranslation("history.template"));
        download.setId(id + "-template");
        workbook = new WorkbookUpload<>(limits, new WorkbookUpload.Words(id, "history.upload", "history.uploadHelp",
                "history.workbook.tooLarge"), importer::importWorkbook,
                refused -> refused instanceof InvalidHistoryWorkbook invalid
                        ? invalid.errors().stream().map(e -> HistoryWords.error(this, e)).toList() : List.of(),
                batch -> {
                    Notices.success(getTranslation("history.imported", batch.rows(), batch.replaced()));
                    imported.accept(batch);
                });
        errors = workbook.errors;
        add(download, workbook);
    }

    /** A workbook held in memory (tests): as an upload. */
    void received(byte[] data) {
        workbook.received(data);
    }
}
