package vn.thuocdo.forms.scorecard;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What a unit (or an appraiser) gives a self-scored sub-criterion: the form depends on its rule - done or not, a
 * level's key, points typed directly (allowed only where the rule has exactly those points), or the reported figures
 * of a formula as typed (read strictly by {@link Scoring}).
 */
public sealed interface SelfScore {

    /** A YES_NO sub-criterion done or not. */
    record Done(boolean done) implements SelfScore {
    }

    /** A TIERED sub-criterion's level by key. */
    record Level(String key) implements SelfScore {
    }

    /** Points typed directly: must be 0 or the maximum (YES_NO), or one level's points (TIERED). */
    record Points(BigDecimal points) implements SelfScore {
    }

    /** A FORMULA sub-criterion's figures by id, as typed ("1.644" or "1644" for whole figures; "12,5" for decimal). */
    record Figures(Map<String, String> values) implements SelfScore {
        public Figures {
            values = values == null ? Map.of() : Map.copyOf(values);
        }
    }
}
