package dev.retort.state;

import static dev.retort.testing.ServerSql.reset;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.H2Dialect;
import dev.retort.dialect.MariaDbDialect;
import dev.retort.dialect.PostgresDialect;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The history row's {@code started_at} is bound as a {@code LocalDateTime} in the JVM's zone on PostgreSQL and MariaDB
 * (their drivers build a Calendar for every Timestamp), as a Timestamp on H2; the stored value must be the one a
 * Timestamp gives.
 */
class StartedAtTest {

    @RegisterExtension
    static TestDatabase postgres = TestDatabase.postgres();

    @RegisterExtension
    static TestDatabase maria = TestDatabase.mariadb();

    @RegisterExtension
    static TestDatabase h2 = TestDatabase.h2();

    @Test
    void postgresStoresStartedAtAsATimestampWouldInAnyJvmZone() throws SQLException {
        assertStoredAsATimestampWould(postgres, new PostgresDialect());
    }

    @Test
    void mariadbStoresStartedAtAsATimestampWouldInAnyJvmZone() throws SQLException {
        assertStoredAsATimestampWould(maria, new MariaDbDialect());
    }

    @Test
    void h2StoresStartedAtAsATimestampWouldInAnyJvmZone() throws SQLException {
        assertStoredAsATimestampWould(h2, new H2Dialect());
    }

    private static void assertStoredAsATimestampWould(TestDatabase db, Dialect dialect) throws SQLException {
        TimeZone saved = TimeZone.getDefault();
        try {
            for (String zone : List.of("UTC", "America/New_York", "Asia/Kolkata")) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                reset(db);
                StateTables tables = new StateTables(dialect, null, "retort_version", "retort_history");
                try (Connection c = db.connect()) {
                    tables.create(c, new StateTables.Existence(false, false));
                    for (Instant at : List.of(Instant.parse("2026-12-04T13:45:07.123456Z"),
                            Instant.parse("2026-03-29T01:30:00.250Z"), Instant.parse("2026-12-04T13:45:07Z"))) {
                        HistoryEntry e = new HistoryEntry(0, "aaaa0001", "upgrade", List.of(), List.of("aaaa0001"),
                                "m", null, null, null, null, at, null, "me", "1");
                        long id = tables.insertHistory(c, e);
                        try (PreparedStatement p = c.prepareStatement("INSERT INTO retort_history (revision, "
                                + "operation, started_at) VALUES ('bbbb0001', 'upgrade', ?)")) {
                            p.setTimestamp(1, Timestamp.from(at));
                            p.executeUpdate();
                        }
                        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT started_at "
                                + "FROM retort_history WHERE id >= " + id + " ORDER BY id")) {
                            rs.next();
                            String bound = rs.getString(1);
                            rs.next();
                            assertThat(bound).as(zone + " " + at).isEqualTo(rs.getString(1));
                        }
                        try (Statement s = c.createStatement()) {
                            s.execute("DELETE FROM retort_history");
                        }
                    }
                }
            }
        } finally {
            TimeZone.setDefault(saved);
        }
    }
}
