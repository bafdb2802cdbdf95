package vn.thuocdo.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.thuocdo.compilation.Compilations;
import vn.thuocdo.compilation.ResultVersion;
import vn.thuocdo.compilation.VersionState;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.Rounds;

/**
 * On the embedded default, once the demo rounds are seeded (after every runner), one computation of the fieldwork
 * demo round's indices, so the review screen (Tổng hợp kết quả) has numbers on first start: the round is not at the
 * compilation stage, so this is a preview, said so in its reason. It computes what exists: the accepted interviews
 * are far fewer than the 30 valid answers an item needs, so SIPAS shows "không đủ dữ liệu", and without
 * self-assessments the PAR INDEX points are 0 ("Chưa có tự đánh giá"). Nothing happens once the round has a version.
 */
@Component
@ConditionalOnProperty(name = "thuocdo.demo.enabled", havingValue = "true")
class DemoCompilation {

    private static final Logger log = LoggerFactory.getLogger(DemoCompilation.class);
    static final String REASON = "Tính thử trên dữ liệu minh hoạ: đợt chưa đến giai đoạn tổng hợp";

    private final Rounds rounds;
    private final Compilations compilations;

    DemoCompilation(Rounds rounds, Compilations compilations) {
        this.rounds = rounds;
        this.compilations = compilations;
    }

    @EventListener(ApplicationReadyEvent.class)
    void computeOnce() {
        Round round = rounds.visibleTo(DemoRound.SYSTEM).stream().filter(r -> r.name().endsWith(DemoFieldwork.SUFFIX))
                .findFirst().orElse(null);
        if (round == null || !compilations.versions(round.id(), DemoRound.SYSTEM).isEmpty()) {
            return;
        }
        ResultVersion version = compilations.compute(round.id(), REASON, DemoRound.SYSTEM.username(),
                DemoRound.SYSTEM.displayName(), VersionState.DRAFT);
        log.info("Computed a preview of the fieldwork demo round's indices: {} responses used, {} without weight",
                version.responses() - version.unweighted(), version.unweighted());
    }
}
