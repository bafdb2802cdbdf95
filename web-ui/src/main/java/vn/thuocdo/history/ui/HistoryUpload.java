package vn.thuocdo.history.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import vn.thuocdo.history.HistoryBatch;
import vn.thuocdo.history.HistoryLayout;
import vn.thuocdo.history.InvalidHistoryWorkbook;
import vn.thuocdo.sampling.ui.BoundedUpload;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.shared.UploadLimits;
import vn.thuocdo.web.Notices;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The template to download and the upload of a filled one (results or targets): streamed to disk within the limits,
 * imported as a whole, then the batch or every refused row with its reason.
 */
class HistoryUpload extends VerticalLayout {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** What the screen does with a file: import it (size, stream) into a batch. */
    interface Importer {
        HistoryBatch importWorkbook(InputStream in, long size);
    }

    private final Importer importer;
    private final Consumer<HistoryBatch> imported;
    final Upload upload = new Upload();
    final UnorderedList errors = new UnorderedList();

    HistoryUpload(String id, HistoryLayout layout, UploadLimits limits, Supplier<byte[]> template, Importer importer,
                  Consumer<HistoryBatch> imported) {
        this.importer = importer;
        this.imported = imported;
        setPadding(false);
        setSpacing(false);
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = template.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), layout.fileName(), XLSX, bytes.length);
        }), getTranslation("history.template"));
        download.setId(id + "-template");
        upload.setUploadHandler(new BoundedUpload(limits, new BoundedUpload.Receiver() {
            @Override
            public void received(Path file, long size) {
                BoundedUpload.read(file, in -> receive(in, size));
            }

            @Override
            public void tooLarge() {
                errors.removeAll();
                Notices.error(getTranslation("history.workbook.tooLarge", limits.maxMegabytes()));
                upload.clearFileList();
            }
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(limits.maxBytes(), Integer.MAX_VALUE));
        upload.setAcceptedFileTypes(".xlsx", XLSX);
        upload.setId(id + "-upload");
        String refused = getTranslation("frame.fileRefused.limit", limits.maxMegabytes());
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("history.upload")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("frame.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(refused).setIncorrectFileType(refused)
                .setTooManyFiles(refused));
        i18n.setUploading(new UploadI18N.Uploading().setError(new UploadI18N.Uploading.Error().setForbidden(refused)
                .setServerUnavailable(getTranslation("frame.serverUnavailable")).setUnexpectedServerError(refused)));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(e -> {
            errors.removeAll();
            Notices.error(refused);
        });
        errors.setId(id + "-errors");
        Paragraph help = new Paragraph(getTranslation("history.uploadHelp", limits.maxMegabytes()));
        help.addClassName("td-muted");
        add(help, download, upload, errors);
    }

    /** A workbook held in memory (tests): as an upload. */
    void received(byte[] data) {
        receive(new ByteArrayInputStream(data), data.length);
    }

    private void receive(InputStream data, long size) {
        errors.removeAll();
        try {
            HistoryBatch batch = importer.importWorkbook(data, size);
            Notices.success(getTranslation("history.imported", batch.rows(), batch.replaced()));
            imported.accept(batch);
        } catch (InvalidHistoryWorkbook invalid) {
            invalid.errors().forEach(e -> errors.add(new ListItem(HistoryWords.error(this, e))));
            Notices.refused(invalid);
        } catch (Rejected refused) {
            Notices.refused(refused);
        }
        upload.clearFileList();
    }
}
