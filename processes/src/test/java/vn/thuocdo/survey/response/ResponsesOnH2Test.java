package vn.thuocdo.survey.response;

import org.junit.jupiter.api.Test;
import vn.thuocdo.testing.OnH2;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The online survey's core on H2, the embedded default a newcomer runs: the same tests as on PostgreSQL, on a
 * database of its own in memory, migrated by the same Flyway scripts.
 */
@OnH2
class ResponsesOnH2Test extends ResponsesContract {

    @Test
    void runsOnH2() throws Exception {
        try (var connection = jdbc.getDataSource().getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("H2");
        }
    }
}
