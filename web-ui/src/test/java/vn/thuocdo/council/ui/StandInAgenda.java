package vn.thuocdo.council.ui;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import vn.thuocdo.council.CouncilAgenda;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands in for the assessment capability, whose compiled results are not built yet: the results a test gives a
 * round, none for any other round (which then shows the empty state). The lead replaces it with the real adapter.
 */
@TestConfiguration
class StandInAgenda {

    static final Map<String, List<CouncilAgenda.UnitResult>> RESULTS = new ConcurrentHashMap<>();

    @Bean
    CouncilAgenda standInCouncilAgenda() {
        return roundId -> RESULTS.getOrDefault(roundId, List.of());
    }
}
