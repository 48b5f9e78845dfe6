package dev.retort.exec;

import static dev.retort.testing.ServerSql.exec;
import static dev.retort.testing.ServerSql.reset;
import static dev.retort.testing.ServerSql.versions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.Retort;
import dev.retort.command.CommandContext;
import dev.retort.state.StateException;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 16 item 3: a step's bookkeeping takes fewer round trips (one statement for the version row and the history
 * row on PostgreSQL, one multi-table update to finish a step on MariaDB, statements prepared once per run), and
 * writes exactly the rows it wrote before, on every database; a version row gone under the run is still refused.
 */
class BookkeepingRowsTest {

    @RegisterExtension
    static TestDatabase h2 = TestDatabase.h2();

    @RegisterExtension
    static TestDatabase pg = TestDatabase.postgres();

    @RegisterExtension
    static TestDatabase maria = TestDatabase.mariadb();

    static Stream<Named<TestDatabase>> databases() {
        return Stream.of(Named.of("h2", h2), Named.of("postgresql", pg), Named.of("mariadb", maria));
    }

    @BeforeEach
    void clean() {
        exec(h2, "DROP ALL OBJECTS");
        reset(pg);
        reset(maria);
    }

    private static Retort retort(TestDatabase db, String location) {
        return Retort.configure().dataSource(db.dataSource()).locations("classpath:realdb/" + location).load();
    }

    /** Every column but the id, the start and the duration (checked for presence), oldest first. */
    private static List<String> history(TestDatabase db) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT revision, operation, from_revisions, to_revisions, message, checksum, success, "
                        + "failed_statement, error, installed_by, retort_version, started_at, duration_ms "
                        + "FROM retort_history ORDER BY id")) {
            while (rs.next()) {
                boolean success = rs.getBoolean(7);
                String successText = rs.wasNull() ? "null" : String.valueOf(success);
                rs.getLong(13);
                boolean noDuration = rs.wasNull();
                rows.add(String.join("|", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), String.valueOf(rs.getString(6) != null), successText, rs.getString(8),
                        rs.getString(9), String.valueOf(rs.getString(10) != null), rs.getString(11),
                        String.valueOf(rs.getTimestamp(12) != null), noDuration ? "no duration" : "duration"));
            }
        }
        return rows;
    }

    private static String row(String revision, String operation, String from, String to, String message) {
        return String.join("|", revision, operation, from, to, message, "true", "true", null, null, "true",
                CommandContext.RETORT_VERSION, "true", "duration");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void upgradesAndDowngradesWriteTheSameRowsAsBefore(TestDatabase db) throws SQLException {
        Retort r = retort(db, "alembic");
        r.upgrade("heads");
        assertThat(versions(db, "retort_version")).containsExactly("55af2cb1c267");
        r.downgrade("base");
        assertThat(versions(db, "retort_version")).isEmpty();
        r.upgrade("3adcc9a56557");
        assertThat(versions(db, "retort_version")).containsExactly("3adcc9a56557");
        assertThat(history(db)).containsExactly(
                row("1975ea83b712", "upgrade", "", "1975ea83b712", "create users"),
                row("3adcc9a56557", "upgrade", "1975ea83b712", "3adcc9a56557", "add name"),
                row("55af2cb1c267", "upgrade", "3adcc9a56557", "55af2cb1c267", "add orders"),
                row("55af2cb1c267", "downgrade", "55af2cb1c267", "3adcc9a56557", "add orders"),
                row("3adcc9a56557", "downgrade", "3adcc9a56557", "1975ea83b712", "add name"),
                row("1975ea83b712", "downgrade", "1975ea83b712", "", "create users"),
                row("1975ea83b712", "upgrade", "", "1975ea83b712", "create users"),
                row("3adcc9a56557", "upgrade", "1975ea83b712", "3adcc9a56557", "add name"));
        // the checksums recorded are the scripts' (what the drift check compares)
        assertThat(retort(db, "alembic").upgrade("heads").steps()).hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aVersionRowRemovedUnderTheRunIsRefusedAndNothingOfTheStepIsRecordedAsApplied(TestDatabase db)
            throws SQLException {
        Retort r = retort(db, "tamper");
        assertThatThrownBy(() -> r.upgrade("heads")).isInstanceOf(StateException.class)
                .hasMessageContaining("Expected to match one row updating tttt0001 to tttt0002");
        List<String> rows = history(db);
        assertThat(rows.get(0)).isEqualTo(row("tttt0001", "upgrade", "", "tttt0001", "a table"));
        if (db.kind() != TestDatabase.Kind.POSTGRES) {
            // DDL is not transactional there: the step stays recorded as started (unresolved), as before
            assertThat(rows).hasSize(2);
            assertThat(rows.get(1)).startsWith("tttt0002|upgrade|tttt0001|tttt0002|").contains("|null|");
        } else {
            // the whole revision rolled back, its DELETE with it (one statement wrote both rows and it rolled back)
            assertThat(rows).hasSize(1);
            assertThat(versions(db, "retort_version")).containsExactly("tttt0001");
        }
    }

    @org.junit.jupiter.api.Test
    void onPostgresALockReleasedByTheRevisionStopsItBeforeTheCommitAndRollsItBack() throws SQLException {
        // the lock check rides in the statement that records the revision; it must still stop the commit
        assertThatThrownBy(() -> retort(pg, "pg-unlock").upgrade("heads")).isInstanceOf(
                dev.retort.dialect.LockLostException.class).hasMessageContaining("revision uuuu0001")
                .hasMessageContaining("Its transaction was rolled back");
        assertThat(history(pg)).isEmpty();
        assertThat(versions(pg, "retort_version")).isEmpty();
        assertThat(dev.retort.testing.ServerSql.tables(pg)).doesNotContain("unlocked");
    }
}
