package vn.thuocdo.scorecard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.sampling.ui.BoundedUpload;
import vn.thuocdo.scorecard.InvalidScorecardWorkbook;
import vn.thuocdo.scorecard.ScorecardEntry;
import vn.thuocdo.scorecard.ScorecardLibrary;
import vn.thuocdo.scorecard.ScorecardWorkbookError;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.shared.UploadLimits;
import vn.thuocdo.web.Notices;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The upload of an official scorecard in the Excel template: streamed to disk within the upload limits, imported as
 * a whole, and then either the new version or every row to fix, in the reader's language.
 */
class ScorecardUpload extends VerticalLayout {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Rows listed on the page; the importer stops at 200, a person fixes from the top anyway. */
    static final int SHOWN_ERRORS = 200;

    private final ScorecardLibrary library;
    private final Actor actor;
    private final Consumer<ScorecardEntry> imported;
    final Upload upload = new Upload();
    final UnorderedList errors = new UnorderedList();

    ScorecardUpload(ScorecardLibrary library, UploadLimits limits, Actor actor, Consumer<ScorecardEntry> imported) {
        this.library = library;
        this.actor = actor;
        this.imported = imported;
        setPadding(false);
        upload.setUploadHandler(new BoundedUpload(limits, new BoundedUpload.Receiver() {
            @Override
            public void received(Path file, long size) {
                ScorecardUpload.this.received(file, size);
            }

            @Override
            public void tooLarge() {
                errors.removeAll();
                Notices.error(getTranslation("scorecard.workbook.tooLarge", limits.maxMegabytes()));
                upload.clearFileList();
            }
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(limits.maxBytes(), Integer.MAX_VALUE));
        upload.setAcceptedFileTypes(".xlsx", XLSX);
        upload.setId("scorecard-upload");
        String refused = getTranslation("frame.fileRefused.limit", limits.maxMegabytes());
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("scorecard.upload")));
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
        errors.setId("scorecard-errors");
        Paragraph help = new Paragraph(getTranslation("scorecard.uploadHelp", limits.maxMegabytes()));
        help.addClassName("td-muted");
        add(help, upload, errors);
    }

    /** A workbook held in memory (tests): as {@link #received(Path, long)}. */
    void received(byte[] data) {
        receive(new ByteArrayInputStream(data), data.length);
    }

    void received(Path file, long size) {
        BoundedUpload.read(file, in -> receive(in, size));
    }

    private void receive(InputStream data, long size) {
        errors.removeAll();
        try {
            ScorecardEntry entry = library.importWorkbook(data, size, actor);
            Notices.success(getTranslation("scorecard.imported", entry.scorecard().id(), entry.subCriteria()));
            imported.accept(entry);
        } catch (InvalidScorecardWorkbook invalid) {
            invalid.errors().stream().limit(SHOWN_ERRORS).forEach(e -> errors.add(new ListItem(message(this, e))));
            Notices.refused(invalid);
        } catch (Rejected refused) {
            Notices.refused(refused);
        }
        upload.clearFileList();
    }

    /** "Tiêu chí · Dòng 12: ..." in the reader's language; a file-wide error is the message alone. */
    static String message(Component in, ScorecardWorkbookError error) {
        String text = words(in, error.key(), error.args());
        if (error.row() != 0) {
            text = error.column() == null ? in.getTranslation("frame.atRow", error.row(), text)
                    : in.getTranslation("scorecard.workbook.at", error.row(), error.column(), text);
        }
        return error.sheet() == null ? text : in.getTranslation("frame.inSheet", error.sheet(), text);
    }

    /**
     * A scorecard refusal in the reader's language; a formula's carries the expression's own code and figures
     * (after the property and the English reason), worded here from {@code scorecard.expression.*}.
     */
    static String words(Component in, String key, List<Object> args) {
        if (key.equals("scorecard.formulaProblem") && args.size() >= 3) {
            String reason = in.getTranslation("scorecard." + args.get(2), args.subList(3, args.size()).toArray());
            return in.getTranslation(key, args.get(0), reason);
        }
        return in.getTranslation(key, args.toArray());
    }
}
