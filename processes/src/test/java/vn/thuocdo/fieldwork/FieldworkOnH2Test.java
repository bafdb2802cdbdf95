package vn.thuocdo.fieldwork;

import org.junit.jupiter.api.Test;
import vn.thuocdo.testing.OnH2;

import static org.assertj.core.api.Assertions.assertThat;

/** Fieldwork's core on H2, the embedded default: the same tests on a database of its own, migrated by V15 too. */
@OnH2
class FieldworkOnH2Test extends FieldworkContract {

    @Test
    void runsOnH2() throws Exception {
        try (var connection = jdbc.getDataSource().getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("H2");
        }
    }
}
