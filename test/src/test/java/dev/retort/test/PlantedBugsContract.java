package dev.retort.test;

import static dev.retort.testing.ServerSql.reset;
import static dev.retort.testing.ServerSql.tables;
import static dev.retort.testing.ServerSql.versions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.TestExecutionResult.Status.ABORTED;
import static org.junit.platform.engine.TestExecutionResult.Status.FAILED;
import static org.junit.platform.engine.TestExecutionResult.Status.SUCCESSFUL;

import dev.retort.Retort;
import dev.retort.testing.TestDatabase;
import java.util.List;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each built-in test fails for the bug it exists to catch: a revision set with that bug planted is checked by
 * the kit (run through the JUnit Platform, as a build runs it), and the failure must name the revision and the
 * difference. A subclass per database supplies it.
 */
abstract class PlantedBugsContract {

    static final String SINGLE_HEAD = "singleHeadRevision";
    static final String UPGRADE = "upgradeFromBaseToHeads";
    static final String STAIRWAY = "stairway";
    static final String NO_TRACE = "downgradeLeavesNoTrace";
    static final String MODEL = "modelMatchesDatabase";

    abstract TestDatabase db();

    /** The kit as a user outside Spring writes it: one class that overrides {@code retort()}. */
    @Fixture
    static class Kit implements RetortMigrationTests {

        static volatile Retort engine;

        @Override
        public Retort retort() {
            return engine;
        }
    }

    /** Pooled like an application's DataSource, so the kit's many short commands do not each open a connection. */
    private HikariDataSource pool;

    @BeforeEach
    void emptyDatabase() {
        reset(db());
        pool = new HikariDataSource();
        pool.setJdbcUrl(db().url());
        pool.setMaximumPoolSize(4);
    }

    @AfterEach
    void closePool() {
        pool.close();
    }

    void resetDatabase() {
        closePool();
        emptyDatabase();
    }

    /** Runs the kit (or only {@code tests}) on the database as it is. */
    KitRun check(String revisions, String targetSchema, String... tests) {
        Kit.engine = engine(revisions, targetSchema);
        return KitRun.of(Kit.class, tests);
    }

    /** Runs the kit on a database at head, as a Spring test finds it after the startup migration. */
    KitRun checkAtHead(String revisions, String... tests) {
        engine(revisions, "none.sql").upgrade("heads");
        return check(revisions, "none.sql", tests);
    }

    private Retort engine(String revisions, String targetSchema) {
        return Retort.configure().dataSource(pool).locations("classpath:kit/" + revisions)
                .autogenerateSchema(List.of("classpath:kit-schemas/" + targetSchema)).load();
    }

    @Test
    void branchesAndAMergeThatAreRightPassEveryTestFromBaseAndFromHeadAndEndAtHead() {
        KitRun fresh = check("good", "good.sql");
        assertThat(fresh.passed()).as(fresh.toString()).containsExactly(NO_TRACE, MODEL, SINGLE_HEAD, STAIRWAY, UPGRADE);

        KitRun again = check("good", "good.sql");
        assertThat(again.passed()).as(again.toString()).containsExactly(NO_TRACE, MODEL, SINGLE_HEAD, STAIRWAY, UPGRADE);
        assertThat(versions(db(), "retort_version")).containsExactly("e5e5e5e5e505");
        assertThat(tables(db())).contains("account", "invoice", "audit");
    }

    @Test
    void twoHeadsFailSingleHeadNamingBothAndTheMergeCommand() {
        KitRun run = check("two-heads", "none.sql");

        assertThat(run.status(SINGLE_HEAD)).isEqualTo(FAILED);
        assertThat(run.message(SINGLE_HEAD)).contains("found 2", "b2b2b2b2b202", "c3c3c3c3c303",
                "retort merge -m \"merge heads\" b2b2b2b2b202 c3c3c3c3c303");
        // the other tests work on several heads
        assertThat(run.passed()).as(run.toString()).containsExactly(NO_TRACE, STAIRWAY, UPGRADE);
        assertThat(versions(db(), "retort_version")).containsExactly("b2b2b2b2b202", "c3c3c3c3c303");
    }

    @Test
    void aDowngradeThatLeavesATableFailsNoTraceWithTheRevisionAndTheTable() {
        KitRun fresh = check("leftover-table", "none.sql", NO_TRACE);
        assertThat(fresh.status(NO_TRACE)).isEqualTo(FAILED);
        assertThat(fresh.message(NO_TRACE)).contains("Revision b2b2b2b2b202 (create ledger,",
                "its downgrade does not undo its upgrade", "upgrade + downgrade left:").containsIgnoringCase("add table ledger\n")
                .doesNotContainIgnoringCase("ledger_entry");

        resetDatabase();
        KitRun atHead = checkAtHead("leftover-table", NO_TRACE);
        assertThat(atHead.status(NO_TRACE)).isEqualTo(FAILED);
        assertThat(atHead.message(NO_TRACE)).contains("Revision b2b2b2b2b202 (create ledger,",
                "its upgrade failed when run again after its downgrade").containsIgnoringCase("ledger");
    }

    /** The downgrade also drops a column of an earlier revision: it works once, then fails when run again. */
    @Test
    void aDowngradeThatRemovesMoreThanItsUpgradeAddedFailsOnReRunAndLeavesATrace() {
        KitRun stairway = checkAtHead("overreaching-downgrade", STAIRWAY);
        assertThat(stairway.status(STAIRWAY)).isEqualTo(FAILED);
        assertThat(stairway.message(STAIRWAY)).contains("Revision b2b2b2b2b202 (add account email,",
                "its downgrade failed", "DROP COLUMN name");

        resetDatabase();
        KitRun atHead = checkAtHead("overreaching-downgrade", NO_TRACE);
        assertThat(atHead.status(NO_TRACE)).isEqualTo(FAILED);
        assertThat(atHead.message(NO_TRACE)).contains("Revision b2b2b2b2b202 (add account email,",
                "After downgrade + upgrade the schema differs from before").containsIgnoringCase("remove column account.name");

        resetDatabase();
        KitRun fresh = check("overreaching-downgrade", "none.sql", NO_TRACE);
        assertThat(fresh.message(NO_TRACE)).contains("Revision b2b2b2b2b202 (add account email,",
                "upgrade + downgrade left:").containsIgnoringCase("remove column account.name");
    }

    @Test
    void aDowngradeThatLeavesATableFailsTheStairwayWhenTheRevisionRunsAgain() {
        KitRun run = checkAtHead("leftover-table", STAIRWAY);

        assertThat(run.status(STAIRWAY)).isEqualTo(FAILED);
        assertThat(run.message(STAIRWAY)).contains("Revision b2b2b2b2b202 (create ledger,",
                "its upgrade failed when run again after its downgrade", "CREATE TABLE ledger");
    }

    @Test
    void aDowngradeThatFailsFailsTheStairwayWithTheRevisionAndTheStatement() {
        KitRun atHead = checkAtHead("failing-downgrade", STAIRWAY);
        assertThat(atHead.status(STAIRWAY)).isEqualTo(FAILED);
        assertThat(atHead.message(STAIRWAY)).contains("Revision b2b2b2b2b202 (create ledger,", "its downgrade failed",
                "DROP TABLE ledgers");

        resetDatabase();
        KitRun fresh = check("failing-downgrade", "none.sql", STAIRWAY);
        assertThat(fresh.message(STAIRWAY)).contains("Revision b2b2b2b2b202 (create ledger,", "its downgrade failed",
                "DROP TABLE ledgers");
    }

    @Test
    void aRevisionThatCannotRunAgainAfterItsDowngradeFailsTheStairway() {
        KitRun fresh = check("not-rerunnable", "none.sql", STAIRWAY);
        assertThat(fresh.status(STAIRWAY)).isEqualTo(FAILED);
        assertThat(fresh.message(STAIRWAY)).contains("Revision b2b2b2b2b202 (create invoice and its number sequence,",
                "its upgrade failed when run again after its downgrade", "CREATE SEQUENCE invoice_number_seq");

        resetDatabase();
        KitRun atHead = checkAtHead("not-rerunnable", STAIRWAY);
        assertThat(atHead.message(STAIRWAY)).contains("Revision b2b2b2b2b202 (create invoice and its number sequence,",
                "its upgrade failed when run again after its downgrade", "CREATE SEQUENCE invoice_number_seq");

        // a single pass from base to head does not notice
        resetDatabase();
        assertThat(check("not-rerunnable", "none.sql", UPGRADE).status(UPGRADE)).isEqualTo(SUCCESSFUL);
    }

    @Test
    void aModelThatDiffersFromTheRevisionsFailsModelMatchesDatabaseWithTheDifference() {
        KitRun run = check("good", "mismatch.sql", MODEL);

        assertThat(run.status(MODEL)).isEqualTo(FAILED);
        assertThat(run.message(MODEL)).contains("The schema at head (e5e5e5e5e505) does not match the target",
                "classpath:kit-schemas/mismatch.sql", "retort revision --autogenerate")
                .containsIgnoringCase("add column account.phone");
    }

    @Test
    void withoutATargetModelMatchesDatabaseIsSkippedWithTheReasonNotPassed() {
        KitRun run = check("good", "none.sql", MODEL);

        assertThat(run.status(MODEL)).isEqualTo(ABORTED);
        assertThat(run.message(MODEL)).contains("No autogenerate target", "classpath:kit-schemas/none.sql",
                "retortTargetSchema()");
    }

    @Test
    void irreversibleRevisionsAreUpgradedOnlyWithANoteAndLimitTheNextRuns() {
        KitRun fresh = check("irreversible", "none.sql", STAIRWAY);
        assertThat(fresh.status(STAIRWAY)).isEqualTo(SUCCESSFUL);

        assertThat(fresh.notes()).anyMatch(note -> note.contains("Irreversible") && note.contains("c3c3c3c3c303"));
        assertThat(versions(db(), "retort_version")).containsExactly("d4d4d4d4d404");

        // now c3c3 is applied, and nothing takes the database below it: the kit says what it could not check
        KitRun again = check("irreversible", "none.sql");
        assertThat(again.status(STAIRWAY)).isEqualTo(SUCCESSFUL);
        assertThat(again.notes()).anyMatch(note -> note.contains("Not checked: a1a1a1a1a101, b2b2b2b2b202, c3c3c3c3c303")
                && note.contains("Irreversible revisions c3c3c3c3c303 are applied"));
        assertThat(again.status(UPGRADE)).isEqualTo(ABORTED);
        assertThat(again.message(UPGRADE)).contains("Upgrade checked only from c3c3c3c3c303 to the heads");
        assertThat(versions(db(), "retort_version")).containsExactly("d4d4d4d4d404");
    }
}
