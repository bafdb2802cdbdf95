package vn.thuocdo.assessment.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.springframework.modulith.NamedInterface;
import vn.thuocdo.assessment.AssessmentExports;
import vn.thuocdo.assessment.AssessmentReport;
import vn.thuocdo.assessment.AssessmentState;
import vn.thuocdo.assessment.SelfAssessment;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Links to a unit's reports, a PDF and an Excel file each: put on any screen of the self-assessment or the
 * appraisal with the reports its reader may take ({@code new AssessmentReportLinks(round, unit, Kind.APPRAISAL)} on
 * the appraisers' screen). Plain links to {@link AssessmentReportDownloads}, which checks the reader again.
 */
@NamedInterface("reports")
public class AssessmentReportLinks extends Div {

    /** The anchors by address, for the tests. */
    final Map<String, Anchor> anchors = new LinkedHashMap<>();

    /**
     * The unit's own people: the self-assessment report always, the appraisal report once the appraisers have
     * started (before, it would only repeat the unit's own values).
     */
    public static AssessmentReportLinks forUnit(SelfAssessment assessment) {
        boolean appraised = assessment.state().ordinal() >= AssessmentState.IN_APPRAISAL.ordinal();
        return appraised ? new AssessmentReportLinks(assessment.roundId(), assessment.unitId(),
                AssessmentReport.Kind.SELF_ASSESSMENT, AssessmentReport.Kind.APPRAISAL)
                : new AssessmentReportLinks(assessment.roundId(), assessment.unitId(),
                AssessmentReport.Kind.SELF_ASSESSMENT);
    }

    public AssessmentReportLinks(String roundId, String unitId, AssessmentReport.Kind... kinds) {
        setId("assessment-reports");
        getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs) var(--lumo-space-m)")
                .set("align-items", "baseline");
        add(new Span(getTranslation("report.links")));
        for (AssessmentReport.Kind kind : kinds) {
            String name = kind == AssessmentReport.Kind.APPRAISAL ? "appraisal" : "self";
            for (AssessmentExports.Format format : AssessmentExports.Format.values()) {
                String address = AssessmentReportDownloads.address(kind, roundId, unitId, format);
                Anchor link = new Anchor(address, getTranslation("report." + name + "." + format.extension()));
                // A plain link the browser follows (the download controller), not a route of the application.
                link.getElement().setAttribute("router-ignore", true);
                link.getElement().setAttribute("download", kind.slug() + "-" + unitId + "." + format.extension());
                link.setId("report-" + kind.slug() + "-" + format.extension());
                anchors.put(address, link);
                add(link);
            }
        }
    }
}
