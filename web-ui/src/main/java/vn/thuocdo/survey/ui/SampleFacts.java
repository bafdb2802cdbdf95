package vn.thuocdo.survey.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import vn.thuocdo.forms.VietnameseFormats;
import vn.thuocdo.survey.ProvinceSummary;
import vn.thuocdo.survey.SampleReview;
import vn.thuocdo.survey.SampleVersion;
import vn.thuocdo.web.Formats;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/**
 * What makes a sample reproducible and what it adds up to: version, state, seed, design, questionnaires, the
 * fingerprints, who drew it when, the national totals; and its download as Excel.
 */
class SampleFacts extends VerticalLayout {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    SampleFacts(SampleReview review, Supplier<byte[]> workbook) {
        setPadding(false);
        setSpacing(false);
        setId("sample-facts");
        SampleVersion v = review.version();
        fact("sample.version", getTranslation("sample.version.value", v.version(),
                getTranslation("sample.state." + v.state().name())), "sample-version");
        fact("sample.seed", Long.toString(v.seed()), "sample-seed");
        fact("sample.design", v.design(), "sample-design");
        if (review.plan() != null) {
            fact("sample.questionnaires", review.plan().choice().citizenQuestionnaire() + ", "
                    + review.plan().choice().officialsQuestionnaire(), "sample-questionnaires");
        }
        fact("sample.fingerprint", v.sampleFingerprint(), "sample-fingerprint");
        fact("sample.framesFingerprint", v.framesFingerprint(), "frames-fingerprint");
        fact("sample.drawn", v.drawnBy() + " · " + Formats.dateTime(v.drawnAt()), "sample-drawn");
        if (v.approvedBy() != null) {
            fact("sample.approved", v.approvedBy() + " · " + Formats.dateTime(v.approvedAt()), "sample-approved");
        }
        if (v.redrawReason() != null) {
            fact("sample.reason", v.redrawReason(), "sample-reason");
        }
        ProvinceSummary n = review.national();
        Div national = new Div(new Span(getTranslation("sample.national", VietnameseFormats.number(n.communes()),
                VietnameseFormats.number(n.villages()), VietnameseFormats.number(n.expectedRespondents()),
                review.provinces().size(), SampleFigures.decimal(n.minWeight(), 1),
                SampleFigures.decimal(n.maxWeight(), 1), SampleFigures.decimal(n.weightCv(), 3))));
        national.addClassNames("td-callout", "info");
        national.setId("sample-national");
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] xlsx = workbook.get();
            return new DownloadResponse(new ByteArrayInputStream(xlsx), "mau-khao-sat-" + review.round().year()
                    + "-v" + v.version() + ".xlsx", XLSX, xlsx.length);
        }), getTranslation("sample.download"));
        download.setId("sample-download");
        add(national, download);
    }

    private void fact(String label, String value, String id) {
        Span text = new Span(value);
        text.setId(id);
        text.getStyle().set("overflow-wrap", "anywhere");
        Div line = new Div(new Span(getTranslation(label) + ": "), text);
        add(line);
    }
}
