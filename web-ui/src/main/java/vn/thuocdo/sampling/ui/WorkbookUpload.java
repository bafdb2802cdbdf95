package vn.thuocdo.sampling.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import org.springframework.modulith.NamedInterface;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.shared.UploadLimits;
import vn.thuocdo.web.Notices;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The upload of a workbook that is imported as a whole (an XLSForm, an official scorecard, ...): streamed to disk
 * within the upload limits by {@link BoundedUpload}, handed to the importer, and then either the imported result or
 * every row to fix, in the reader's language. What differs between workbooks - the importer, the words, how a row's
 * error reads - is given; the rest is one piece of code.
 */
@NamedInterface("bounded-upload")
public final class WorkbookUpload<T> extends VerticalLayout {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Rows listed on the page; the importers stop at 200, a person fixes from the top anyway. */
    static final int SHOWN_ERRORS = 200;

    /** Reads a workbook as a whole; refuses it with a {@link Rejected} (whose rows {@code rowErrors} words). */
    @NamedInterface("bounded-upload")
    @FunctionalInterface
    public interface Importer<T> {
        T read(InputStream data, long size);
    }

    /**
     * The message keys of one kind of workbook and the element ids tests and people find it by: {@code idPrefix}
     * gives {@code <idPrefix>-upload} and {@code <idPrefix>-errors}.
     */
    @NamedInterface("bounded-upload")
    public record Words(String idPrefix, String addFile, String help, String tooLarge) {
    }

    private final Importer<T> importer;
    private final Function<Rejected, List<String>> rowErrors;
    private final Consumer<T> imported;
    public final Upload upload = new Upload();
    public final UnorderedList errors = new UnorderedList();

    /**
     * @param rowErrors the refusal's rows as the reader reads them (empty for a refusal of the whole file)
     * @param imported  what the view does with an imported result (its own success message, a refresh)
     */
    public WorkbookUpload(UploadLimits limits, Words words, Importer<T> importer,
                          Function<Rejected, List<String>> rowErrors, Consumer<T> imported) {
        this.importer = importer;
        this.rowErrors = rowErrors;
        this.imported = imported;
        setPadding(false);
        upload.setUploadHandler(new BoundedUpload(limits, new BoundedUpload.Receiver() {
            @Override
            public void received(Path file, long size) {
                WorkbookUpload.this.received(file, size);
            }

            @Override
            public void tooLarge() {
                errors.removeAll();
                Notices.error(getTranslation(words.tooLarge(), limits.maxMegabytes()));
                upload.clearFileList();
            }
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(limits.maxBytes(), Integer.MAX_VALUE));
        upload.setAcceptedFileTypes(".xlsx", XLSX);
        upload.setId(words.idPrefix() + "-upload");
        String refused = getTranslation("frame.fileRefused.limit", limits.maxMegabytes());
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation(words.addFile())));
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
        errors.setId(words.idPrefix() + "-errors");
        Paragraph help = new Paragraph(getTranslation(words.help(), limits.maxMegabytes()));
        help.addClassName("td-muted");
        add(help, upload, errors);
    }

    /** A workbook held in memory (tests): as {@link #received(Path, long)}. */
    public void received(byte[] data) {
        receive(new ByteArrayInputStream(data), data.length);
    }

    void received(Path file, long size) {
        BoundedUpload.read(file, in -> receive(in, size));
    }

    private void receive(InputStream data, long size) {
        errors.removeAll();
        try {
            imported.accept(importer.read(data, size));
        } catch (Rejected refused) {
            rowErrors.apply(refused).stream().limit(SHOWN_ERRORS).forEach(e -> errors.add(new ListItem(e)));
            Notices.refused(refused);
        }
        upload.clearFileList();
    }
}
