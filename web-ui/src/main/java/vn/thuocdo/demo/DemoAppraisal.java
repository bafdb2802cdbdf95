package vn.thuocdo.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import vn.thuocdo.assessment.Appraisals;
import vn.thuocdo.assessment.SelfAssessment;
import vn.thuocdo.assessment.SelfAssessments;
import vn.thuocdo.forms.scorecard.ScoringRule;
import vn.thuocdo.forms.scorecard.SelfScore;
import vn.thuocdo.forms.scorecard.SubCriterion;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.shared.TimeZones;
import vn.thuocdo.web.IdentityProperties;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * On the embedded default, a round two years ahead over Hải Phòng only (Hải Phòng as formed in 2025, so not a past
 * year) whose self-assessment is submitted and the demo appraiser assigned, so the appraisal and explanation screens
 * can be tried at once (sign in as thamdinh, then haiphong). Prepared, never launched: the officers' screens keep
 * opening the running rounds. Runs once; a failure is logged, never stops the application.
 */
@Component
@ConditionalOnProperty(name = "thuocdo.demo.enabled", havingValue = "true")
class DemoAppraisal implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAppraisal.class);
    static final String SUFFIX = " (minh hoạ thẩm định)";
    static final String HAI_PHONG = "T34-31";

    private final Rounds rounds;
    private final SelfAssessments assessments;
    private final Appraisals appraisals;
    private final IdentityProperties identity;
    private final Clock clock;

    DemoAppraisal(Rounds rounds, SelfAssessments assessments, Appraisals appraisals, IdentityProperties identity,
                  Clock clock) {
        this.rounds = rounds;
        this.assessments = assessments;
        this.appraisals = appraisals;
        this.identity = identity;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = TimeZones.today(clock);
        int year = today.getYear() + 2;
        if (rounds.visibleTo(DemoRound.SYSTEM).stream().anyMatch(r -> r.year() == year)) {
            return;
        }
        try {
            seed(year, today);
        } catch (RuntimeException failed) {
            log.warn("The appraisal demo round {} was not prepared", year, failed);
        }
    }

    private void seed(int year, LocalDate today) {
        String round = rounds.prepare(new NewRound(year, "Đánh giá Chỉ số CCHC năm " + year + SUFFIX,
                RoundLevel.NATIONAL, List.of(HAI_PHONG), "sampling-request@1", today.plusDays(30), 3,
                Map.of("assessment", today.plusDays(60))), DemoRound.SYSTEM).id();
        Actor officer = account("haiphong", Role.PROVINCIAL_OFFICER);
        SelfAssessment opened = assessments.open(officer, round, HAI_PHONG);
        for (SubCriterion sub : opened.scorecard().subCriteria()) {
            if (sub.selfScored()) {
                assessments.score(officer, round, HAI_PHONG, sub.code(), fullMarks(sub),
                        "Hồ sơ lưu tại Sở Nội vụ", opened.value(sub.code()).version());
            }
        }
        Actor leader = account("lanhdao.haiphong", Role.UNIT_LEADER);
        assessments.signOff(leader, round, HAI_PHONG);
        assessments.submit(leader, round, HAI_PHONG);
        appraisals.assign(DemoRound.SYSTEM, round, HAI_PHONG, account("thamdinh", Role.APPRAISER));
        log.info("Prepared the appraisal demo round {}: Hải Phòng submitted, thamdinh assigned", year);
    }

    private static SelfScore fullMarks(SubCriterion sub) {
        if (sub.rule() instanceof ScoringRule.YesNo) {
            return new SelfScore.Done(true);
        }
        if (sub.rule() instanceof ScoringRule.Tiered tiered) {
            return new SelfScore.Level(tiered.levels().get(0).key());
        }
        Map<String, String> figures = new HashMap<>();
        ((ScoringRule.Formula) sub.rule()).figures().forEach(f -> figures.put(f.id(), "10"));
        return new SelfScore.Figures(figures);
    }

    private Actor account(String username, Role role) {
        IdentityProperties.DemoAccount account = identity.demoAccounts().stream()
                .filter(a -> a.username().equals(username)).findFirst()
                .orElseThrow(() -> new IllegalStateException("The demo account " + username + " is not declared"));
        return new Actor(username, account.displayName(), account.unit(), Set.of(role));
    }
}
