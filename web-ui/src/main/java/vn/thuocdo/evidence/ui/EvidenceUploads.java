package vn.thuocdo.evidence.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import vn.thuocdo.evidence.EvidenceSettings;
import vn.thuocdo.evidence.EvidenceType;

import java.io.IOException;
import java.io.InputStream;

/**
 * The browser's side of an evidence upload: the limit and the accepted extensions stated to the web component (it
 * refuses a larger file before sending it), and a handler that streams the request straight into the capability,
 * which counts, hashes and cuts at the limit again - a browser's word is not trusted.
 */
final class EvidenceUploads implements UploadHandler {

    private final EvidencePanel panel;
    private final EvidenceSettings settings;

    private EvidenceUploads(EvidencePanel panel, EvidenceSettings settings) {
        this.panel = panel;
        this.settings = settings;
    }

    static void configure(Upload upload, EvidencePanel panel, EvidenceSettings settings) {
        upload.setUploadHandler(new EvidenceUploads(panel, settings));
        upload.setId("evidence-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(settings.maxBytes(), Integer.MAX_VALUE));
        upload.setAcceptedFileTypes(EvidenceType.acceptedExtensions().toArray(String[]::new));
        upload.setDropAllowed(true);
        String tooLarge = panel.getTranslation("evidence.browserRefused", settings.maxSizeText());
        String wrongType = panel.getTranslation("evidence.browserWrongType",
                String.join(" ", EvidenceType.acceptedExtensions()));
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(panel.getTranslation("evidence.upload")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(panel.getTranslation("evidence.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(tooLarge).setIncorrectFileType(wrongType)
                .setTooManyFiles(tooLarge));
        i18n.setUploading(new UploadI18N.Uploading().setError(new UploadI18N.Uploading.Error()
                .setForbidden(tooLarge).setServerUnavailable(panel.getTranslation("evidence.serverUnavailable"))
                .setUnexpectedServerError(tooLarge)));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(e -> panel.say(e.getErrorMessage(), true));
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        Object outcome;
        try (InputStream in = event.getInputStream()) {
            outcome = panel.attach(event.getFileName(), in);
        }
        UI ui = event.getUI();
        ui.access(() -> panel.show(outcome));
    }

    @Override
    public long getFileSizeMax() {
        return settings.maxBytes();
    }

    @Override
    public long getRequestSizeMax() {
        return settings.maxBytes() + 64 * 1024;
    }
}
