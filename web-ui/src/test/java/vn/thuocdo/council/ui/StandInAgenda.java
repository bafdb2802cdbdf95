package vn.thuocdo.council.ui;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import vn.thuocdo.council.CouncilAgenda;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives the council screens' tests the ranked results they check (many units, chosen percentages), in place of the
 * assessment's own adapter (assessment.AppraisedResults, tested with the appraisals): the results a test gives a
 * round, none for any other round (which then shows the empty state).
 */
@TestConfiguration
class StandInAgenda {

    static final Map<String, List<CouncilAgenda.UnitResult>> RESULTS = new ConcurrentHashMap<>();

    @Bean
    @org.springframework.context.annotation.Primary
    CouncilAgenda standInCouncilAgenda() {
        return roundId -> RESULTS.getOrDefault(roundId, List.of());
    }
}
