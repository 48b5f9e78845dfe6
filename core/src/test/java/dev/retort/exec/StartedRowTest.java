package dev.retort.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.Retort;
import dev.retort.state.StateException;
import dev.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 16 item 3: where DDL is not transactional, a revision whose first statement commits the open transaction
 * (DDL) writes its "started" history row in that transaction instead of committing it on its own. What a failure
 * leaves behind must not change: the row is there (read back from a fresh connection, on H2 from the file after the
 * database closed), the statements before the failing one stay applied, and the next run refuses with the same
 * message. A revision that starts with data or with a statement that does not parse keeps the row committed first.
 */
class StartedRowTest {

    @RegisterExtension
    static TestDatabase maria = TestDatabase.mariadb();

    @TempDir
    static Path dir;

    private static int h2Count;

    /** The database of one test: H2 in a file (closed when its last connection closes) or the MariaDB class database. */
    private record Db(DataSource dataSource, boolean h2) {
    }

    static Stream<Named<String>> databases() {
        return Stream.of(Named.of("h2 file", "h2"), Named.of("mariadb", "mariadb"));
    }

    private Db db(String kind) {
        if (kind.equals("h2")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:file:" + dir.resolve("started" + h2Count++));
            return new Db(h2, true);
        }
        return new Db(maria.dataSource(), false);
    }

    @BeforeEach
    void clean() {
        dev.retort.testing.ServerSql.reset(maria);
    }

    private static Retort retort(Db db, String location) {
        return Retort.configure().dataSource(db.dataSource()).locations("classpath:realdb/" + location).load();
    }

    private static List<String> column(Db db, String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }

    /** revision, operation, success (true/false/null), failed statement (or -), oldest first. */
    private static List<String> history(Db db) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT revision, operation, success, failed_statement FROM "
                        + "retort_history ORDER BY id")) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                boolean success = rs.getBoolean(3);
                String successText = rs.wasNull() ? "null" : String.valueOf(success);
                int failed = rs.getInt(4);
                String failedText = rs.wasNull() ? "-" : String.valueOf(failed);
                out.add(rs.getString(1) + " " + rs.getString(2) + " " + successText + " " + failedText);
            }
            return out;
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aFailureAfterTheFirstDdlLeavesTheStartedRowAndWhatRanBeforeIt(String kind) throws SQLException {
        Db db = db(kind);
        Retort retort = retort(db, "started-ddl-second");
        MigrationFailedException e = catchThrowableOfType(MigrationFailedException.class,
                () -> retort.upgrade("heads"));

        assertThat(e.partial()).isTrue();
        assertThat(e.statementIndex()).isEqualTo(3);
        assertThat(e.getMessage()).contains("failed at statement 3 of 4 (line 8)",
                "INSERT INTO missing_table (id) VALUES (1)",
                "Statements 1 to 2 of the upgrade of revision ssss0002 stay applied",
                "'retort stamp ssss0002' (finished) or 'retort stamp ssss0001' (undone)");
        assertThat(history(db)).containsExactly("ssss0001 upgrade true -", "ssss0002 upgrade null 3");
        assertThat(column(db, "SELECT version_num FROM retort_version")).containsExactly("ssss0001");
        // statement 2 ran after the DDL, in the open transaction: it is committed with the failure's row
        assertThat(column(db, "SELECT id FROM first_table")).containsExactly("1");

        for (int run = 0; run < 2; run++) {
            assertThatThrownBy(() -> retort.upgrade("heads"))
                    .isInstanceOf(StateException.class)
                    .hasMessageContaining("The upgrade of revision ssss0002")
                    .hasMessageContaining("stopped at statement 3")
                    .hasMessageContaining("'retort stamp ssss0002' (if you completed the upgrade)")
                    .hasMessageContaining("'retort stamp ssss0001' (if you undid it)")
                    .hasMessageContaining("Nothing runs until then");
        }

        retort.stamp(List.of("ssss0002"), false); // finished by hand
        assertThat(retort.upgrade("heads").steps()).extracting(AppliedStep::revision).containsExactly("ssss0003");
        assertThat(column(db, "SELECT id FROM after_table")).containsExactly("3");
        assertThat(history(db)).endsWith("ssss0003 upgrade true -");
        assertThat(column(db, "SELECT version_num FROM retort_version")).containsExactly("ssss0003");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRevisionStartingWithDataStillCommitsItsStartedRowFirst(String kind) throws SQLException {
        Db db = db(kind);
        Retort retort = retort(db, "started-dml-first");
        MigrationFailedException e = catchThrowableOfType(MigrationFailedException.class,
                () -> retort.upgrade("heads"));

        assertThat(e.partial()).isTrue();
        assertThat(e.getMessage()).contains("failed at statement 2 of 2",
                "Statements 1 to 1 of the upgrade of revision dddd0002 stay applied");
        assertThat(history(db)).containsExactly("dddd0001 upgrade true -", "dddd0002 upgrade null 2");
        assertThat(column(db, "SELECT id FROM base_table")).containsExactly("1");
        assertThatThrownBy(() -> retort.upgrade("heads"))
                .isInstanceOf(StateException.class)
                .hasMessageContaining("stopped at statement 2");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aFirstStatementThatDoesNotParseLeavesAFailedRowAndIsRetried(String kind) throws SQLException {
        Db db = db(kind);
        Retort retort = retort(db, "started-parse-first");
        for (int run = 0; run < 2; run++) {
            MigrationFailedException e = catchThrowableOfType(MigrationFailedException.class,
                    () -> retort.upgrade("heads"));
            assertThat(e.partial()).isFalse();
            assertThat(e.getMessage()).contains("failed at statement 1 of 2",
                    "Nothing of revision pppp0002 was applied (the first statement failed)");
        }
        // the started row waited in the open transaction (no DDL committed it): the failure committed it
        assertThat(history(db)).containsExactly("pppp0001 upgrade true -", "pppp0002 upgrade false 1",
                "pppp0002 upgrade false 1");
        assertThat(column(db, "SELECT version_num FROM retort_version")).containsExactly("pppp0001");
    }

    /** Connections with a statement-based binary log, where the lock check must stay a query of its own. */
    private static DataSource statementBinlog(DataSource dataSource) {
        return (DataSource) java.lang.reflect.Proxy.newProxyInstance(StartedRowTest.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = method.invoke(dataSource, args);
                    if (result instanceof Connection c) {
                        try (Statement s = c.createStatement()) {
                            s.execute("SET SESSION binlog_format = 'STATEMENT'");
                        }
                    }
                    return result;
                });
    }

    @ParameterizedTest(name = "{0}, statement binlog {1}")
    @org.junit.jupiter.params.provider.CsvSource({"maria-unlock, false", "maria-unlock, true",
        "maria-unlock-dml, false", "maria-unlock-dml, true"})
    void onMariaDbALockReleasedByTheRevisionStopsItsFinishAndMarksItPartial(String location, boolean statementBinlog)
            throws SQLException {
        // the lock check rides in the version row's update that finishes the step (unless the binary log is
        // statement-based): in the open transaction after DDL ("maria-unlock"), and in the one multi-table update of
        // auto-commit after data ("maria-unlock-dml"); it must still stop it
        Db db = statementBinlog ? new Db(statementBinlog(maria.dataSource()), false) : db("mariadb");
        Retort retort = retort(db, location);
        assertThatThrownBy(() -> retort.upgrade("heads"))
                .isInstanceOf(dev.retort.dialect.LockLostException.class)
                .hasMessageContaining("is no longer held by this session")
                .hasMessageContaining("revision mmmm0002")
                .hasMessageContaining("Its statements ran but it is not recorded as applied");
        assertThat(history(db)).containsExactly("mmmm0001 upgrade true -", "mmmm0002 upgrade null -");
        assertThat(column(db, "SELECT error FROM retort_history WHERE revision = 'mmmm0002'").get(0))
                .contains("is no longer held by this session");
        assertThat(column(db, "SELECT version_num FROM retort_version")).containsExactly("mmmm0001");
        assertThat(column(db, "SELECT id FROM unlocked")).containsExactly("2"); // what ran is committed
        assertThatThrownBy(() -> retort.upgrade("heads"))
                .isInstanceOf(StateException.class)
                .hasMessageContaining("The upgrade of revision mmmm0002");
    }

    /** Runs {@code action} in {@code beforeStep} of revision {@code revision}. */
    private static Retort retort(Db db, String location, String revision, Runnable action) {
        return Retort.configure().dataSource(db.dataSource()).locations("classpath:realdb/" + location)
                .listener(new dev.retort.MigrationListener() {
                    @Override
                    public void beforeStep(dev.retort.graph.PlanStep step) {
                        if (step.revision().equals(revision)) {
                            action.run();
                        }
                    }
                }).load();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRunStoppedBetweenTwoRevisionsMarksTheNextOnesCarriedRowFailed(String kind) throws SQLException {
        // cccc0002 starts with DDL, so its started row committed with cccc0001's bookkeeping: the run stopping
        // before any of its statements ran must leave it failed (nothing applied), not partial
        Db db = db(kind);
        assertThatThrownBy(() -> retort(db, "carried", "cccc0002", () -> {
            throw new IllegalStateException("listener stops the run");
        }).upgrade("heads")).hasMessageContaining("listener stops the run");

        assertThat(history(db)).containsExactly("cccc0001 upgrade true -", "cccc0002 upgrade false -");
        assertThat(column(db, "SELECT error FROM retort_history WHERE revision = 'cccc0002'").get(0))
                .contains("before the first statement", "listener stops the run");
        assertThat(column(db, "SELECT version_num FROM retort_version")).containsExactly("cccc0001");

        Retort retort = retort(db, "carried");
        assertThat(retort.upgrade("heads").steps()).extracting(AppliedStep::revision)
                .containsExactly("cccc0002", "cccc0003");
        assertThat(column(db, "SELECT id FROM carried_two")).containsExactly("2");
        assertThat(history(db)).endsWith("cccc0002 upgrade true -", "cccc0003 upgrade true -");
    }

    @org.junit.jupiter.api.Test
    void onMariaDbASessionKilledBetweenTwoRevisionsLeavesTheNextOnesStartedRowForTheNextRun() throws SQLException {
        // the window the carried row opens: cccc0002's row is committed, none of its statements ran, and the
        // session is gone, so nothing can mark it. The next run reports it like any interrupted step; stamp settles it
        Db db = db("mariadb");
        assertThatThrownBy(() -> retort(db, "carried", "cccc0002", () -> {
            try {
                String holder = column(db, "SELECT IS_USED_LOCK('retort:" + maria.name()
                        + ".retort_version_lock')").get(0);
                dev.retort.testing.ServerSql.exec(maria, "KILL " + holder);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }).upgrade("heads")).hasMessageContaining("connection was lost").hasMessageContaining("cccc0002");

        assertThat(history(db)).containsExactly("cccc0001 upgrade true -", "cccc0002 upgrade null -");
        Retort retort = retort(db, "carried");
        assertThatThrownBy(() -> retort.upgrade("heads"))
                .isInstanceOf(StateException.class)
                .hasMessageContaining("The upgrade of revision cccc0002")
                .hasMessageContaining("'retort stamp cccc0001' (if you undid it)");
        assertThat(column(db, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE() "
                + "AND table_name = 'carried_two'")).containsExactly("0");

        retort.stamp(List.of("cccc0001"), false); // nothing of it ran: "undone"
        assertThat(retort.upgrade("heads").steps()).extracting(AppliedStep::revision)
                .containsExactly("cccc0002", "cccc0003");
        assertThat(column(db, "SELECT version_num FROM retort_version")).containsExactly("cccc0003");
    }
}
