package vn.thuocdo.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A unit's signed-off improvement plan as its public profile shows it. An interface here, supplied by the improvement
 * plans: the public site reads published data through the publication alone, and the plans follow the publication.
 */
public interface PublicPlans {

    /** The plan of the year's publication in force, once its leader signed it off; empty otherwise. */
    Optional<Plan> signedOff(String unitId, int year);

    /** The plan: its year, version, the publication it answers, who signed it off and when, and its items. */
    record Plan(int year, int version, String publicationCode, String signedOffByName, Instant signedOffAt,
                List<Item> items) {

        public Plan {
            items = List.copyOf(items);
        }
    }

    /** One item: what it is about (its share of the maximum when published), the measures, who, by when. */
    record Item(String name, BigDecimal share, String measures, String responsible, LocalDate due) {
    }
}
