package vn.thuocdo.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.thuocdo.forms.scorecard.SelfScore;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * A {@link SelfScore} as stored and kept in the history: {@code done:true}, {@code level:onTime},
 * {@code points:0.5}, {@code figures:{"onTime":"1.644",...}} - the figures as the unit typed them, so the history
 * shows what was reported, not a re-formatted number.
 */
final class Answers {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** An answer stored is at most this long (the column); longer figures were refused by the scoring already. */
    static final int MAX = 2000;

    private Answers() {
    }

    static String write(SelfScore answer) {
        if (answer == null) {
            return null;
        }
        if (answer instanceof SelfScore.Done d) {
            return "done:" + d.done();
        }
        if (answer instanceof SelfScore.Level l) {
            return "level:" + l.key();
        }
        if (answer instanceof SelfScore.Points p) {
            return "points:" + p.points().toPlainString();
        }
        try {
            return "figures:" + JSON.writeValueAsString(new TreeMap<>(((SelfScore.Figures) answer).values()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static SelfScore read(String stored) {
        if (stored == null) {
            return null;
        }
        int colon = stored.indexOf(':');
        String kind = stored.substring(0, colon);
        String rest = stored.substring(colon + 1);
        return switch (kind) {
            case "done" -> new SelfScore.Done(Boolean.parseBoolean(rest));
            case "level" -> new SelfScore.Level(rest);
            case "points" -> new SelfScore.Points(new BigDecimal(rest));
            case "figures" -> {
                try {
                    yield new SelfScore.Figures(JSON.readValue(rest, new TypeReference<Map<String, String>>() {
                    }));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("A stored answer that is not JSON: " + stored, e);
                }
            }
            default -> throw new IllegalStateException("A stored answer of unknown kind: " + stored);
        };
    }
}
