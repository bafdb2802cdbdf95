package vn.thuocdo.sampling.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.sampling.AnnexesAttached;
import vn.thuocdo.sampling.DossierSummary;
import vn.thuocdo.sampling.FrameError;
import vn.thuocdo.sampling.FrameSummary;
import vn.thuocdo.sampling.InvalidFrame;
import vn.thuocdo.sampling.SamplingFrames;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.shared.UploadLimits;
import vn.thuocdo.web.Formats;
import vn.thuocdo.web.Notices;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The annexes (Phụ lục 1 and 2) on the submit task: the Excel template to fill in, the upload, and then either what
 * each annex adds up to or every row to fix.
 */
class FrameUpload extends VerticalLayout {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Errors listed on the page; the rest are counted, since a person fixes a file from the top anyway. */
    static final int SHOWN_ERRORS = 100;

    private final SamplingFrames frames;
    private final String taskId;
    private final Actor actor;
    final Paragraph summary = new Paragraph();
    final Paragraph dossiers = new Paragraph();
    DossierEditor editor;
    private final String requestId;
    final UnorderedList errors = new UnorderedList();
    final Upload upload = new Upload();

    FrameUpload(SamplingFrames frames, String taskId, String requestId, Actor actor) {
        this.frames = frames;
        this.taskId = taskId;
        this.actor = actor;
        this.requestId = requestId;
        setPadding(false);
        Anchor template = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = frames.template();
            return new DownloadResponse(new ByteArrayInputStream(bytes), "phu-luc-mau.xlsx", XLSX, bytes.length);
        }), getTranslation("frame.download"));
        template.setId("frame-template");
        UploadLimits limits = frames.limits();
        upload.setUploadHandler(new BoundedUpload(limits, new BoundedUpload.Receiver() {
            @Override
            public void received(Path file, long size) {
                FrameUpload.this.received(file, size);
            }

            @Override
            public void tooLarge() {
                refusedAsTooLarge();
            }
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(limits.maxBytes(), Integer.MAX_VALUE));
        upload.setAcceptedFileTypes(".xlsx", XLSX);
        upload.setDropAllowed(true);
        upload.setId("frame-upload");
        upload.setI18n(i18n(limits));
        upload.addFileRejectedListener(e -> {
            // The errors listed belong to the file before; this one was never sent.
            errors.removeAll();
            Notices.error(getTranslation("frame.fileRefused.limit", limits.maxMegabytes()));
        });
        summary.setId("frame-summary");
        dossiers.setId("dossier-summary");
        errors.setId("frame-errors");
        Paragraph help = new Paragraph(getTranslation("frame.help.limits", limits.maxMegabytes()));
        help.addClassName("td-muted");
        Paragraph bounds = new Paragraph(getTranslation("frame.limits", limits.maxMegabytes(),
                limits.maxRows(), limits.maxCellChars()));
        bounds.addClassName("td-muted");
        bounds.setId("frame-limits");
        editor = new DossierEditor(frames, taskId, requestId, actor, this::showSummary);
        add(new H3(getTranslation("frame.title")), help, bounds, template, upload, summary, dossiers, errors, editor);
        showSummary();
    }

    /** An uploaded file held in memory (tests): as {@link #received(Path, long)}. */
    void received(byte[] data) {
        receive(new ByteArrayInputStream(data), data.length);
    }

    /** An uploaded file, streamed to disk within the limit: attached as a whole, or refused with every row to fix. */
    void received(Path file, long size) {
        BoundedUpload.read(file, in -> receive(in, size));
    }

    /** A file past the limit, cut while it streamed: nothing was read into the annexes. */
    void refusedAsTooLarge() {
        errors.removeAll();
        Notices.error(getTranslation("frame.tooLarge", frames.limits().maxMegabytes()));
        upload.clearFileList();
    }

    private void receive(InputStream data, long size) {
        errors.removeAll();
        try {
            AnnexesAttached attached = frames.attachFrame(taskId, data, size, actor);
            showSummary();
            if (attached.serviceAreas() > 0) {
                // The on-screen Phụ lục 2 shows what the file just replaced it with.
                DossierEditor fresh = new DossierEditor(frames, taskId, requestId, actor, this::showSummary);
                replace(editor, fresh);
                editor = fresh;
            }
            // Say only what this file changed: an annex left empty in it was kept as it was.
            String saved = attached.serviceAreas() == 0 ? "frame.attached.frame"
                    : attached.villages() == 0 ? "frame.attached.dossiers" : "frame.attached";
            String text = attached.villages() == 0 ? getTranslation(saved, attached.serviceAreas())
                    : getTranslation(saved, attached.villages(), attached.serviceAreas());
            for (String sheet : attached.totalsChecked()) {
                text += " " + getTranslation("frame.totalsChecked", sheet);
            }
            Notices.success(text);
        } catch (InvalidFrame invalid) {
            List<FrameError> all = invalid.errors();
            all.stream().limit(SHOWN_ERRORS).forEach(e -> errors.add(new ListItem(message(this, e))));
            if (all.size() > SHOWN_ERRORS) {
                errors.add(new ListItem(getTranslation("frame.more", all.size() - SHOWN_ERRORS)));
            }
            Notices.refused(invalid);
        } catch (Rejected refused) {
            Notices.refused(refused);
        }
        upload.clearFileList();
    }

    /**
     * The upload's own texts in the reader's language. The server's refusals too: left unset, a file the server
     * cuts at the limit showed the web component's English "Upload forbidden".
     */
    private UploadI18N i18n(UploadLimits limits) {
        String refused = getTranslation("frame.fileRefused.limit", limits.maxMegabytes());
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("frame.upload")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("frame.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(refused).setIncorrectFileType(refused)
                .setTooManyFiles(refused));
        i18n.setUploading(new UploadI18N.Uploading().setError(new UploadI18N.Uploading.Error()
                .setForbidden(refused).setServerUnavailable(getTranslation("frame.serverUnavailable"))
                .setUnexpectedServerError(refused)));
        return i18n;
    }

    private void showSummary() {
        summary.setText(summaryText(this, frames.frameSummary(requestId)));
        dossiers.setText(dossierText(this, frames.dossierSummary(requestId)));
    }

    /** "Phụ lục 2 · Dòng 5, cột C: ..." in the reader's language; a file-wide error is the message alone. */
    static String message(Component in, FrameError error) {
        String text = in.getTranslation(error.key(), error.args().toArray());
        if (error.row() != 0) {
            text = error.column() == null ? in.getTranslation("frame.atRow", error.row(), text)
                    : in.getTranslation("frame.at", error.row(), error.column(), text);
        }
        return error.sheet() == null ? text : in.getTranslation("frame.inSheet", error.sheet(), text);
    }

    /** Phụ lục 2's totals, for the officer here and for the coordinator's review. */
    static String dossierText(Component in, Optional<DossierSummary> dossiers) {
        return dossiers.map(d -> in.getTranslation("dossiers.summary", d.serviceAreas(), d.received(), d.handled(),
                        Formats.dateTime(d.attachedAt()), d.attachedBy()))
                .orElseGet(() -> in.getTranslation("dossiers.none"));
    }

    /** The frame's totals, for the officer here and for the coordinator's review. */
    static String summaryText(Component in, Optional<FrameSummary> frame) {
        return frame.map(f -> in.getTranslation("frame.summary", f.communes(), f.villages(), f.households(),
                        f.population(), Formats.dateTime(f.attachedAt()), f.attachedBy()))
                .orElseGet(() -> in.getTranslation("frame.none"));
    }
}
