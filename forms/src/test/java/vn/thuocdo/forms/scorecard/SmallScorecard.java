package vn.thuocdo.forms.scorecard;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/** The small test scorecard (scorecards/small.json) and broken copies of it, one fault each. */
final class SmallScorecard {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SmallScorecard() {
    }

    static ObjectNode tree() {
        try (InputStream in = SmallScorecard.class.getClassLoader().getResourceAsStream("scorecards/small.json")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String json() {
        return tree().toString();
    }

    static Scorecard scorecard() {
        return Scorecards.parse(json());
    }

    /** The small scorecard's JSON with one change made. */
    static String broken(Consumer<ObjectNode> change) {
        ObjectNode tree = tree();
        change.accept(tree);
        return tree.toString();
    }

    static ObjectNode area(ObjectNode tree, int area) {
        return (ObjectNode) tree.path("areas").get(area);
    }

    static ObjectNode criterion(ObjectNode tree, int area, int criterion) {
        return (ObjectNode) area(tree, area).path("criteria").get(criterion);
    }

    static ObjectNode sub(ObjectNode tree, int area, int criterion, int sub) {
        return (ObjectNode) criterion(tree, area, criterion).path("subCriteria").get(sub);
    }

    static ObjectNode rule(ObjectNode tree, int area, int criterion, int sub) {
        return (ObjectNode) sub(tree, area, criterion, sub).path("rule");
    }
}
