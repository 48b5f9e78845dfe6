package dev.retort.exec;

import static dev.retort.testing.ServerSql.column;
import static dev.retort.testing.ServerSql.exec;
import static dev.retort.testing.ServerSql.reset;
import static dev.retort.testing.ServerSql.tables;
import static dev.retort.testing.ServerSql.versions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.ConfigurationException;
import dev.retort.Retort;
import dev.retort.RetortException;
import dev.retort.TransactionMode;
import dev.retort.command.MigrationResult;
import dev.retort.state.StateException;
import dev.retort.testing.TestDatabase;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** SPEC §5: what a failing statement leaves behind on each database, what the error says, and how to go on. */
class FailureSemanticsTest {

    private static final String BROKEN = "classpath:realdb/failing/f2_broken.sql";
    private static final String FAILED_SQL = "INSERT INTO missing_table (id) VALUES (1)";

    @RegisterExtension
    static TestDatabase pg = TestDatabase.postgres();

    @RegisterExtension
    static TestDatabase maria = TestDatabase.mariadb();

    @BeforeEach
    void clean() {
        reset(pg);
        reset(maria);
    }

    private static Retort retort(TestDatabase db, String location, TransactionMode mode) {
        return Retort.configure().dataSource(db.dataSource()).locations("classpath:realdb/" + location)
                .transactionMode(mode).load();
    }

    private static List<String> history(TestDatabase db) {
        return column(db, "SELECT CONCAT(revision, ' ', operation, ' ', COALESCE(TRIM(CAST(success AS CHAR(5))), "
                + "'null'), ' ', COALESCE(TRIM(CAST(failed_statement AS CHAR(5))), '-')) FROM retort_history ORDER BY id");
    }

    @Test
    void onPostgresAFailingStatementRollsBackItsWholeRevision() {
        MigrationFailedException e = catchThrowableOfType(MigrationFailedException.class,
                () -> retort(pg, "failing", TransactionMode.PER_REVISION).upgrade("heads"));

        assertThat(e.revision()).isEqualTo("ffff0002");
        assertThat(e.statementIndex()).isEqualTo(3);
        assertThat(e.sql()).isEqualTo(FAILED_SQL);
        assertThat(e.partial()).isFalse();
        assertThat(e.getMessage())
                .contains("upgrade of revision ffff0002 (" + BROKEN + ") failed at statement 3 of 4 (line 8)")
                .contains(FAILED_SQL)
                .contains("Database said: ERROR: relation \"missing_table\" does not exist")
                .contains("Nothing of revision ffff0002 was applied (its transaction was rolled back)");
        assertThat(tables(pg)).containsExactly("base_table", "retort_history", "retort_version");
        assertThat(versions(pg, "retort_version")).containsExactly("ffff0001");
        assertThat(history(pg)).containsExactly("ffff0001 upgrade true -", "ffff0002 upgrade false 3");
        assertThat(column(pg, "SELECT error FROM retort_history WHERE success = FALSE")).singleElement().asString()
                .contains("missing_table"); // the statement number is in failed_statement
    }

    @Test
    void onPostgresTransactionModeAllRollsBackTheWholePlan() {
        MigrationFailedException e = catchThrowableOfType(MigrationFailedException.class,
                () -> retort(pg, "failing", TransactionMode.ALL).upgrade("heads"));

        assertThat(e.getMessage()).contains("failed at statement 3 of 4", BROKEN, FAILED_SQL, "missing_table",
                "The whole plan was rolled back (transaction-mode=all)");
        assertThat(tables(pg)).containsExactly("retort_history", "retort_version");
        assertThat(versions(pg, "retort_version")).isEmpty();
        assertThat(history(pg)).containsExactly("ffff0002 upgrade false 3");
    }

    @Test
    void onPostgresANonTransactionalRevisionRunsCreateIndexConcurrentlyBothWays() {
        Retort retort = retort(pg, "pg-concurrently", TransactionMode.PER_REVISION);
        retort.upgrade("heads");
        assertThat(column(pg, "SELECT indisvalid FROM pg_index WHERE indexrelid = 'people_email_idx'::regclass"))
                .containsExactly("t");
        retort.downgrade("iiii0001");
        assertThat(column(pg, "SELECT COUNT(*) FROM pg_class WHERE relname = 'people_email_idx'")).containsExactly("0");
        assertThat(history(pg)).containsExactly("iiii0001 upgrade true -", "iiii0002 upgrade true -",
                "iiii0002 downgrade true -");
    }

    @Test
    void onPostgresTransactionModeAllRefusesANonTransactionalRevisionBeforeRunningIt() {
        assertThatThrownBy(() -> retort(pg, "pg-concurrently", TransactionMode.ALL).upgrade("heads"))
                .isInstanceOf(RetortException.class)
                .hasMessageContaining("cannot include revision iiii0002 (classpath:realdb/pg-concurrently/i2_index.sql)")
                .hasMessageContaining("'transactional: false'");
        assertThat(tables(pg)).doesNotContain("people");
    }

    @Test
    void onMariaDbAFailureAfterTheFirstStatementIsPartialAndBlocksTheNextRunUntilStamped() {
        Retort retort = retort(maria, "failing", TransactionMode.PER_REVISION);
        MigrationFailedException e = catchThrowableOfType(MigrationFailedException.class,
                () -> retort.upgrade("heads"));

        assertThat(e.partial()).isTrue();
        assertThat(e.statementIndex()).isEqualTo(3);
        assertThat(e.getMessage())
                .contains("upgrade of revision ffff0002 (" + BROKEN + ") failed at statement 3 of 4 (line 8)")
                .contains(FAILED_SQL)
                .contains("Database said: (conn=")
                .contains("Table '" + maria.name() + ".missing_table' doesn't exist")
                .contains("Statements 1 to 2 of the upgrade of revision ffff0002 stay applied (mariadb cannot roll "
                        + "back DDL)")
                .contains("'retort stamp ffff0002' (finished) or 'retort stamp ffff0001' (undone)");
        assertThat(tables(maria)).containsExactly("base_table", "first_table", "retort_history", "retort_version",
                "second_table");
        assertThat(versions(maria, "retort_version")).containsExactly("ffff0001");
        assertThat(history(maria)).containsExactly("ffff0001 upgrade 1 -", "ffff0002 upgrade null 3");

        for (Runnable next : List.<Runnable>of(() -> retort.upgrade("heads"), () -> retort.downgrade("base"))) {
            assertThatThrownBy(next::run)
                    .isInstanceOf(StateException.class)
                    .hasMessageContaining("The upgrade of revision ffff0002")
                    .hasMessageContaining("stopped at statement 3")
                    .hasMessageContaining("'retort stamp ffff0002' (if you completed the upgrade)")
                    .hasMessageContaining("'retort stamp ffff0001' (if you undid it)")
                    .hasMessageContaining("Nothing runs until then");
        }
        assertThat(tables(maria)).contains("first_table", "second_table");

        // finish the revision by hand (its intent was two tables), record it, and carry on
        retort.stamp(List.of("ffff0002"), false);
        assertThat(retort.upgrade("heads").steps()).extracting(s -> s.revision()).containsExactly("ffff0003");
        assertThat(versions(maria, "retort_version")).containsExactly("ffff0003");
        assertThat(tables(maria)).contains("after_table");
    }

    @Test
    void onMariaDbAPartialDowngradeNamesTheStampsForEitherOutcome() {
        Retort retort = retort(maria, "failing-down", TransactionMode.PER_REVISION);
        retort.upgrade("heads");
        MigrationFailedException e = catchThrowableOfType(MigrationFailedException.class,
                () -> retort.downgrade("base"));

        assertThat(e.partial()).isTrue();
        assertThat(e.getMessage()).contains("downgrade of revision hhhh0001", "failed at statement 2 of 3",
                "DROP TABLE missing_table", "Statements 1 to 1 of the downgrade of revision hhhh0001 stay applied",
                "'retort stamp base' (finished) or 'retort stamp hhhh0001' (undone)");
        assertThatThrownBy(() -> retort.upgrade("heads"))
                .isInstanceOf(StateException.class)
                .hasMessageContaining("'retort stamp base' (if you completed the downgrade) or "
                        + "'retort stamp hhhh0001' (if you undid it)");

        exec(maria, "DROP TABLE one_table"); // finish the downgrade by hand
        retort.stamp(List.of("base"), false);
        assertThat(versions(maria, "retort_version")).isEmpty();
        retort.upgrade("heads");
        assertThat(tables(maria)).contains("one_table", "two_table");
    }

    @Test
    void onMariaDbASessionKilledMidRevisionLeavesAStartedRowThatBlocksTheNextRun() throws Exception {
        Retort retort = retort(maria, "killed", TransactionMode.PER_REVISION);
        CompletableFuture<MigrationResult> run = CompletableFuture.supplyAsync(() -> retort.upgrade("heads"));
        String sleeping = "SELECT id FROM information_schema.processlist WHERE db = DATABASE() "
                + "AND info = 'SELECT SLEEP(120)'";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (column(maria, sleeping).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        exec(maria, "KILL " + column(maria, sleeping).get(0));

        assertThat(catchThrowableOfType(ExecutionException.class, () -> run.get(1, TimeUnit.MINUTES)))
                .hasCauseInstanceOf(MigrationFailedException.class);
        assertThat(history(maria)).containsExactly("ssss0001 upgrade null -");
        assertThatThrownBy(() -> retort.upgrade("heads"))
                .isInstanceOf(StateException.class)
                .hasMessageContaining("The upgrade of revision ssss0001 started at")
                .hasMessageContaining("stopped before it finished (the process stopped)")
                .hasMessageContaining("'retort stamp ssss0001' (if you completed the upgrade)")
                .hasMessageContaining("'retort stamp base' (if you undid it)");
    }

    @Test
    void onPostgresAFailureInsideANonTransactionalRevisionIsPartialToo() {
        Retort retort = retort(pg, "pg-nontx-failing", TransactionMode.PER_REVISION);
        MigrationFailedException e = catchThrowableOfType(MigrationFailedException.class,
                () -> retort.upgrade("heads"));

        assertThat(e.partial()).isTrue();
        assertThat(e.getMessage()).contains("failed at statement 2 of 2",
                "CREATE INDEX CONCURRENTLY people_name_idx ON people (name)",
                "ERROR: column \"name\" does not exist",
                "Statements 1 to 1 of the upgrade of revision nnnn0002 stay applied (the revision is "
                        + "'transactional: false')");
        assertThat(column(pg, "SELECT COUNT(*) FROM pg_class WHERE relname = 'people_email_idx'")).containsExactly("1");
        assertThat(history(pg)).containsExactly("nnnn0001 upgrade true -", "nnnn0002 upgrade null 2");
        assertThatThrownBy(() -> retort.upgrade("heads")).isInstanceOf(StateException.class)
                .hasMessageContaining("'retort stamp nnnn0002' (if you completed the upgrade)");

        exec(pg, "DROP INDEX people_email_idx"); // undo it by hand
        retort.stamp(List.of("nnnn0001"), false);
        assertThat(retort.downgrade("base").steps()).extracting(s -> s.revision()).containsExactly("nnnn0001");
    }

    @Test
    void onMariaDbAFailingFirstStatementLeavesNothingAndDoesNotBlockTheNextRun() {
        Retort retort = retort(maria, "failing-first", TransactionMode.PER_REVISION);
        for (int run = 0; run < 2; run++) {
            MigrationFailedException e = catchThrowableOfType(MigrationFailedException.class,
                    () -> retort.upgrade("heads"));
            assertThat(e.partial()).isFalse();
            assertThat(e.getMessage()).contains("failed at statement 1 of 2", FAILED_SQL, "missing_table",
                    "Nothing of revision gggg0002 was applied (the first statement failed)");
        }
        assertThat(versions(maria, "retort_version")).containsExactly("gggg0001");
        assertThat(history(maria)).containsExactly("gggg0001 upgrade 1 -", "gggg0002 upgrade 0 1",
                "gggg0002 upgrade 0 1");
    }

    @Test
    void onMariaDbTransactionModeAllIsRefusedBeforeAnythingRuns() {
        assertThatThrownBy(() -> retort(maria, "failing", TransactionMode.ALL).upgrade("heads"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("retort.transaction-mode=all needs transactional DDL, which mariadb does not "
                        + "have (DDL commits implicitly), so nothing was run")
                .hasMessageContaining("Use retort.transaction-mode=per-revision");
        assertThat(tables(maria)).isEmpty();
    }
}
