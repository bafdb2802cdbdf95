package vn.thuocdo.testing.badinput;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The harness itself: the same bodies for the same seed, every family among them, and verdicts that are strict. */
class BadBodiesTest {

    private static final BadInputTarget TARGET = BadInputTarget.post("/api/v1/x")
            .field("name", "\"Nguyễn Văn An\"", FieldKind.text(120, true))
            .field("count", "\"114\"", FieldKind.integer(1, 1000, true))
            .field("note", "\"ghi chú\"", FieldKind.longText(2000, false));

    @Test
    void theSameSeedGivesTheSameTenThousandBodies() {
        List<BadBody> first = new BadBodies(TARGET, 7).generate(10_000);
        List<BadBody> again = new BadBodies(TARGET, 7).generate(10_000);
        assertThat(first).hasSize(10_000);
        for (int i = 0; i < first.size(); i++) {
            assertThat(again.get(i).content()).isEqualTo(first.get(i).content());
            assertThat(again.get(i).contentType()).isEqualTo(first.get(i).contentType());
        }
    }

    @Test
    void everyFamilyOfBadBodyIsAmongThem() {
        Set<String> families = new BadBodies(TARGET, 7).generate(10_000).stream()
                .map(b -> b.category().split(" ")[0]).collect(Collectors.toSet());
        assertThat(families).contains("field", "fields", "missing", "unknown", "duplicate", "malformed", "top",
                "Content-Type", "Latin-1", "body");
    }

    @Test
    void noGeneratedBodyIsTheValidOne() {
        String valid = Json.object(TARGET.validBody());
        assertThat(new BadBodies(TARGET, 7).generate(10_000)).noneMatch(b -> "application/json".equals(b.contentType())
                && Arrays.equals(b.content(), valid.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anAnswerIsAcceptedOnlyAsA4xxInTheShapeNamingEveryBadField() {
        BadBody twoFields = new BadBody("fields", new byte[0], "application/json", Set.of("name", "count"));
        String both = """
                {"error":"x.invalid","message":"Có 2 mục","fields":[
                 {"field":"name","error":"field.required","message":"Tên: bắt buộc"},
                 {"field":"count","error":"field.notInteger","message":"Số: phải là số nguyên"}]}""";
        assertThat(Verdicts.problem(twoFields, 400, both)).isEmpty();
        assertThat(Verdicts.problem(twoFields, 400, both.replace("\"count\"", "\"other\""))).hasValueSatisfying(
                p -> assertThat(p).contains("without an entry for [count]"));
        assertThat(Verdicts.problem(twoFields, 200, "{}")).hasValueSatisfying(p -> assertThat(p).contains("accepted"));
        assertThat(Verdicts.problem(twoFields, 500, both)).hasValueSatisfying(p -> assertThat(p).contains("server error"));
        assertThat(Verdicts.problem(twoFields, 415, both)).hasValueSatisfying(
                p -> assertThat(p).contains("instead of a field-level 400"));
        BadBody whole = new BadBody("malformed", new byte[0], "application/json", Set.of());
        assertThat(Verdicts.problem(whole, 400, "{\"error\":\"api.malformedJson\",\"message\":\" \",\"fields\":[]}"))
                .hasValueSatisfying(p -> assertThat(p).contains("not the error shape"));
        assertThat(Verdicts.problem(whole, 400, "<html>")).hasValueSatisfying(p -> assertThat(p).contains("not JSON"));
        assertThat(Verdicts.problem(whole, 400, "{\"error\":\"api.malformedJson\",\"message\":\"Sai\"}"))
                .hasValueSatisfying(p -> assertThat(p).contains("not the error shape"));
    }
}
