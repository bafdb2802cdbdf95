package vn.thuocdo.audit;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API access counts on the embedded default's database (H2, plain mode, with the real migrations); the same
 * store on PostgreSQL is covered by the HTTP test of the web application.
 */
class ApiAccessLogTest {

    private static final Actor HAI_PHONG =
            new Actor("haiphong", "Chuyên viên Sở Nội vụ Hải Phòng", "T34-31", Set.of(Role.PROVINCIAL_OFFICER));

    @Test
    void callsAreCountedPerDayPersonAndEndpointAcrossBatchesOnH2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:api-access;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(h2).load().migrate();
        JdbcClient db = JdbcClient.create(h2);
        // 23:30 in Hanoi on 30/11 is 16:30 UTC: the day counted is Vietnam's.
        Clock clock = Clock.fixed(Instant.parse("2026-11-30T16:30:00Z"), ZoneOffset.UTC);
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(h2));
        AuditLog audit = new AuditLog(db, clock, new AuditTrail(db));
        ApiAccessLog log = new ApiAccessLog(db, clock, transaction, audit, Duration.ofHours(1));

        IntStream.range(0, 60).forEach(i -> log.called(HAI_PHONG, "GET /api/v1/rounds/{id}"));
        log.flush();
        IntStream.range(0, 40).forEach(i -> log.called(HAI_PHONG, "GET /api/v1/rounds/{id}"));
        log.called(HAI_PHONG, "POST /api/v1/rounds/{id}/sampling/{unit}/submission");
        log.flush();

        assertThat(log.count(AuditQuery.ALL)).isEqualTo(2);
        assertThat(log.find(new AuditQuery("hải phòng", "T34-31", null, null, null), 0, 10))
                .filteredOn(a -> a.endpoint().startsWith("GET")).singleElement().satisfies(a -> {
                    assertThat(a.calls()).isEqualTo(100);
                    assertThat(a.day()).isEqualTo(LocalDate.of(2026, 11, 30));
                    assertThat(a.who()).isEqualTo("Chuyên viên Sở Nội vụ Hải Phòng");
                });
        assertThat(log.count(new AuditQuery(null, null, null, LocalDate.of(2026, 12, 1), null))).isZero();
        log.stop();
    }
}
