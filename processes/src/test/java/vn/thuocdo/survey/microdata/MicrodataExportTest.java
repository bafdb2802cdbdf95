package vn.thuocdo.survey.microdata;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thuocdo.forms.questionnaire.Question;
import vn.thuocdo.forms.questionnaire.QuestionKind;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.survey.Questionnaires;
import vn.thuocdo.survey.invitation.IssuedCode;
import vn.thuocdo.survey.response.Channel;
import vn.thuocdo.survey.response.CompleteAnswers;
import vn.thuocdo.survey.response.OnlineSurveys;
import vn.thuocdo.survey.response.Responses;
import vn.thuocdo.testing.ProcessTest;
import vn.thuocdo.testing.TestActors;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The statisticians' CSV on PostgreSQL: pseudonymised rows, the design columns, answers in questionnaire order. */
@ProcessTest
class MicrodataExportTest {

    static final Actor STATISTICIAN = new Actor("thongke", "Trịnh Minh Khoa", "BO-BNV",
            Set.of(Role.SURVEY_STATISTICIAN));

    @Autowired OnlineSurveys online;
    @Autowired Responses responses;
    @Autowired Questionnaires questionnaires;
    @Autowired MicrodataExport export;
    @Autowired JdbcTemplate jdbc;

    @Test
    void oneRowPerFinalResponseWithTheDesignWeightAndNothingThatSaysWho() {
        OnlineSurveys.OpenRound round = online.open(2077, List.of("T34-31"));
        List<IssuedCode> letters = online.letters(round, "T34-31");
        Questionnaire sipas = questionnaires.find("sipas-citizen@1").orElseThrow();
        for (int i = 0; i < 3; i++) {
            responses.submit(letters.get(i).code().display(), CompleteAnswers.of(sipas, i), Channel.WEB, null);
        }
        // Stored text a person typed, and a multiple choice of two: written as the export must show them.
        Question first = sipas.questions().stream().filter(q -> q.kind() != QuestionKind.NOTE).findFirst().orElseThrow();
        jdbc.update("update survey_response set answers = ? where invitation_id = ?",
                "{\"" + first.id() + "\":\"=HYPERLINK(\\\"x\\\",\\\"y\\\")\",\"zz\":1}",
                letters.get(0).invitation().id());
        Question multiple = sipas.questions().stream().filter(q -> q.kind() == QuestionKind.MULTIPLE_CHOICE)
                .findFirst().orElseThrow();
        jdbc.update("update survey_response set answers = ? where invitation_id = ?",
                "{\"" + multiple.id() + "\":[\"a\",\"b\"]}", letters.get(1).invitation().id());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long rows = export.write(round.id(), Questionnaire.Kind.CITIZEN, out, STATISTICIAN);

        assertThat(rows).isEqualTo(3);
        byte[] bytes = out.toByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).as("UTF-8 byte order mark").containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = List.of(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines).hasSize(4);
        List<String> header = List.of(lines.get(0).split(",", -1));
        List<String> expected = new ArrayList<>(MicrodataExport.DESIGN_COLUMNS);
        sipas.questions().stream().filter(q -> q.kind() != QuestionKind.NOTE).forEach(q -> expected.add(q.id()));
        assertThat(header).isEqualTo(expected);
        assertThat(String.join(",", lines)).as("never the code, the invitation or the time of day")
                .doesNotContain(letters.get(0).code().value()).doesNotContain("invitation").doesNotContainPattern("T\\d\\d:");

        List<String> respondents = new ArrayList<>();
        for (String line : lines.subList(1, 4)) {
            String[] cells = line.split(",", -1);
            respondents.add(cells[0]);
            assertThat(cells[1]).isEqualTo("T34-31");
            assertThat(cells[5]).as("stratum").isEqualTo("T34-31");
            assertThat(cells[6]).as("cluster").isEqualTo(cells[2]);
            assertThat(cells[7]).isEqualTo("WEB");
            assertThat(cells[8]).matches("\\d{4}-\\d\\d-\\d\\d");
            assertThat(Double.parseDouble(cells[4])).as("the slot's design weight").isIn(jdbc.queryForList(
                    "select su.weight from survey_sample_unit su join survey_invitation i on i.sample_unit_id = su.id"
                            + " where i.round_id = ? and su.commune_code = ?", Double.class, round.id(), cells[2]));
        }
        assertThat(respondents).containsExactly("1", "2", "3");
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""));
        int multipleColumn = header.indexOf(multiple.id());
        assertThat(lines).anySatisfy(l -> assertThat(l.split(",", -1)[multipleColumn]).isEqualTo("a|b"));

        assertThat(jdbc.queryForObject("select detail from audit_event where action = 'survey.microdata.export'"
                + " and target = ?", String.class, round.id() + "/CITIZEN")).endsWith("3 rows");
        assertThat(export.rounds(STATISTICIAN)).anySatisfy(r -> {
            assertThat(r.roundId()).isEqualTo(round.id());
            assertThat(r.citizenResponses()).isEqualTo(3);
        });
    }

    @Test
    void noOneButAStatisticianGetsTheMicrodata() {
        assertThatThrownBy(() -> export.write("any", Questionnaire.Kind.CITIZEN, new ByteArrayOutputStream(),
                TestActors.COORDINATOR)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> export.rounds(TestActors.HA_NOI)).isInstanceOf(AccessDenied.class);
    }
}
