package dev.retort.state;

import static dev.retort.testing.ServerSql.reset;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.MariaDbDialect;
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
 * On MariaDB the history row's {@code started_at} is bound as a {@code LocalDateTime} in the JVM's zone (the driver
 * builds a Calendar and a SimpleDateFormat for every Timestamp); the stored value must be the one a Timestamp gave.
 */
class StartedAtTest {

    @RegisterExtension
    static TestDatabase maria = TestDatabase.mariadb();

    @Test
    void startedAtIsStoredAsATimestampWouldBeInAnyJvmZone() throws SQLException {
        TimeZone saved = TimeZone.getDefault();
        try {
            for (String zone : List.of("UTC", "America/New_York", "Asia/Kolkata")) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                reset(maria);
                StateTables tables = new StateTables(new MariaDbDialect(), null, "retort_version", "retort_history");
                try (Connection c = maria.connect()) {
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
