package vn.thuocdo.survey.response;

import org.springframework.stereotype.Component;
import vn.thuocdo.round.Round;
import vn.thuocdo.sampling.ApprovedRounds;
import vn.thuocdo.survey.SampleVersion;
import vn.thuocdo.survey.Samples;
import vn.thuocdo.survey.SurveyChoice;
import vn.thuocdo.survey.SurveyForms;
import vn.thuocdo.survey.invitation.Invitations;
import vn.thuocdo.survey.invitation.IssuedCode;
import vn.thuocdo.testing.TestActors;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * For the online survey's tests: a round whose sample is drawn and approved through {@link Samples}, with its online
 * survey open for 30 days, and letters issued for a province. Each test uses its own year.
 */
@Component
public class OnlineSurveys {

    /** Every province's own sample (Yamane), the shipped questionnaires. */
    public static final SurveyChoice CHOICE = new SurveyChoice("sipas-citizen@1", "par-officials@1", "sipas-province@1");

    private final ApprovedRounds approvedRounds;
    private final Samples samples;
    private final SurveyWindow window;
    private final Invitations invitations;
    private final Clock clock;

    OnlineSurveys(ApprovedRounds approvedRounds, Samples samples, SurveyWindow window, Invitations invitations,
                  Clock clock) {
        this.approvedRounds = approvedRounds;
        this.samples = samples;
        this.window = window;
        this.invitations = invitations;
        this.clock = clock;
    }

    public record OpenRound(Round round, String sampleId) {
        public String id() {
            return round.id();
        }
    }

    /** A round of the units (20 communes each), its sample approved, its online survey open for 30 days. */
    public OpenRound open(int year, List<String> unitIds) {
        Round round = approvedRounds.launch(year, unitIds, 20);
        samples.choose(samples.openTask(round.id(), SurveyForms.DESIGN).orElseThrow(), CHOICE, year,
                TestActors.COORDINATOR);
        SampleVersion approved = samples.approve(samples.openTask(round.id(), SurveyForms.REVIEW).orElseThrow(),
                TestActors.COORDINATOR);
        window.open(round.id(), approved.id(), clock.instant().plus(Duration.ofDays(30)));
        return new OpenRound(round, approved.id());
    }

    /** Letters for every selected household slot of the province. */
    public List<IssuedCode> letters(OpenRound round, String unitId) {
        return invitations.issueLetters(round.id(), unitId, null, TestActors.COORDINATOR);
    }
}
