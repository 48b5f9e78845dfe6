package dev.retort.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.Retort;
import dev.retort.exec.MigrationFailedException;
import dev.retort.graph.IrreversibleRevisionException;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Upgrade, downgrade and stamp on H2 with the version rows checked in the database after each step. */
class H2MigrationTest {

    @RegisterExtension
    static TestDatabase db = TestDatabase.h2();

    private Retort retort;

    @BeforeEach
    void clean() throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("DROP ALL OBJECTS");
        }
        retort = Retort.configure().dataSource(db.dataSource()).locations("classpath:graphs/branched").load();
    }

    private Set<String> versionRows() throws SQLException {
        return new TreeSet<>(query("SELECT version_num FROM retort_version"));
    }

    private List<String> query(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private boolean tableExists(String table) throws SQLException {
        return !query("SELECT table_name FROM information_schema.tables WHERE table_name = '" + table.toUpperCase() + "'")
                .isEmpty();
    }

    @Test
    void findsItsTablesWhenH2StoresUnquotedNamesInLowerCase() {
        org.h2.jdbcx.JdbcDataSource lower = new org.h2.jdbcx.JdbcDataSource();
        lower.setURL("jdbc:h2:mem:h2migration_lower;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        Retort r = Retort.configure().dataSource(lower).locations("classpath:graphs/branched").load();
        assertThat(r.upgrade("heads").steps()).isNotEmpty();
        // the catalog lists retort_version as written, not upper case: found, so nothing is created or run again
        assertThat(r.upgrade("heads").steps()).isEmpty();
        assertThat(r.current().atHeads()).isTrue();
    }

    @Test
    void stepwiseUpgradeLeavesAlembicsRowsAfterEachStep() throws SQLException {
        retort.upgrade("+1");
        assertThat(versionRows()).containsExactly("aaaa0001");
        retort.upgrade("shipping@+1");
        assertThat(versionRows()).containsExactly("cccc0001");
        retort.upgrade("billing@+1");
        assertThat(versionRows()).containsExactly("bbbb0001", "cccc0001");
        retort.upgrade("billing@+1");
        assertThat(versionRows()).containsExactly("bbbb0002", "cccc0001");
        retort.upgrade("dddd");
        assertThat(versionRows()).containsExactly("dddd0001");
        retort.upgrade("head");
        assertThat(versionRows()).containsExactly("eeee0001");
        assertThat(query("SELECT note FROM audit_log")).containsExactly("semi;colon");
        assertThat(retort.current().atHeads()).isTrue();
    }

    @Test
    void stepwiseDowngradeUnmergesIntoBothBranches() throws SQLException {
        retort.upgrade("heads");
        retort.downgrade("-1");
        assertThat(versionRows()).containsExactly("dddd0001");
        retort.downgrade("bbbb0002");
        assertThat(versionRows()).containsExactly("bbbb0002", "cccc0001");
        retort.downgrade("shipping@-1");
        assertThat(versionRows()).containsExactly("bbbb0002");
        assertThat(tableExists("shipments")).isFalse();
        retort.downgrade("base");
        assertThat(versionRows()).isEmpty();
        assertThat(tableExists("accounts")).isFalse();
    }

    @Test
    void historyTableRecordsEveryStep() throws SQLException {
        retort.upgrade("heads");
        retort.downgrade("-1");
        assertThat(query("SELECT operation || ' ' || revision || ' ' || success FROM retort_history ORDER BY id"))
                .containsExactly("upgrade aaaa0001 TRUE", "upgrade cccc0001 TRUE", "upgrade bbbb0001 TRUE",
                        "upgrade bbbb0002 TRUE", "upgrade dddd0001 TRUE", "upgrade eeee0001 TRUE",
                        "downgrade eeee0001 TRUE");
        assertThat(query("SELECT checksum FROM retort_history WHERE revision = 'aaaa0001'"))
                .containsExactly(retort.graph().node("aaaa0001").script().checksum());
    }

    @Test
    void stampSetsRowsWithoutRunningAnything() throws SQLException {
        retort.stamp(List.of("bbbb0002", "cccc0001"), false);
        assertThat(versionRows()).containsExactly("bbbb0002", "cccc0001");
        assertThat(tableExists("invoices")).isFalse();
        retort.stamp(List.of("base"), false);
        assertThat(versionRows()).isEmpty();
    }

    @Test
    void stampPurgeReplacesUnknownRows() throws SQLException {
        retort.upgrade("aaaa0001");
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("UPDATE retort_version SET version_num = 'deadbeef'");
        }
        assertThatThrownBy(() -> retort.upgrade("heads"))
                .hasMessageContaining("'deadbeef'")
                .hasMessageContaining("stamp --purge");
        retort.stamp(List.of("aaaa0001"), true);
        assertThat(versionRows()).containsExactly("aaaa0001");
        retort.upgrade("heads");
        assertThat(versionRows()).containsExactly("eeee0001");
    }

    @Test
    void failurePartWayIsRecordedAndTheNextRunRefusesUntilStamped() throws SQLException {
        // H2 commits DDL implicitly, so the statements before the failing one stay applied.
        Retort failing = Retort.configure().dataSource(db.dataSource()).locations("classpath:graphs/failing").load();
        assertThatThrownBy(() -> failing.upgrade("heads"))
                .isInstanceOf(MigrationFailedException.class)
                .hasMessageContaining("f0000002")
                .hasMessageContaining("classpath:graphs/failing/f2_bad.sql")
                .hasMessageContaining("statement 3 of 3 (line 8)")
                .hasMessageContaining("INSERT INTO no_such_table")
                .hasMessageContaining("NO_SUCH_TABLE")
                .hasMessageContaining("retort stamp f0000001");
        assertThat(versionRows()).containsExactly("f0000001");
        assertThat(query("SELECT revision || ' ' || COALESCE(CAST(success AS VARCHAR), 'null') || ' ' || failed_statement "
                + "FROM retort_history WHERE revision = 'f0000002'")).containsExactly("f0000002 null 3");
        assertThatThrownBy(() -> failing.upgrade("heads"))
                .hasMessageContaining("revision f0000002")
                .hasMessageContaining("statement 3")
                .hasMessageContaining("retort stamp");
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE partial_one"); // the operator undoes the partial revision by hand
        }
        failing.stamp(List.of("f0000001"), false);
        assertThatThrownBy(() -> failing.upgrade("heads")).isInstanceOf(MigrationFailedException.class);
    }

    @Test
    void failureAtTheFirstStatementLeavesNoTraceAndIsRetried() throws SQLException {
        Retort failing = Retort.configure().dataSource(db.dataSource()).locations("classpath:graphs/failing").load();
        failing.upgrade("f0000001");
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE partial_one (id INT PRIMARY KEY)"); // makes statement 1 fail
        }
        assertThatThrownBy(() -> failing.upgrade("heads"))
                .isInstanceOf(MigrationFailedException.class)
                .hasMessageContaining("statement 1 of 3")
                .hasMessageContaining("Nothing of revision f0000002 was applied");
        assertThat(query("SELECT success FROM retort_history WHERE revision = 'f0000002'")).containsExactly("FALSE");
        assertThatThrownBy(() -> failing.upgrade("heads")).hasMessageContaining("statement 1 of 3");
        assertThat(versionRows()).containsExactly("f0000001");
    }

    @Test
    void irreversibleRevisionRefusesTheDowngradeBeforeRunningAnything() throws SQLException {
        Retort irreversible = Retort.configure().dataSource(db.dataSource())
                .locations("classpath:graphs/irreversible").load();
        irreversible.upgrade("heads");
        assertThatThrownBy(() -> irreversible.downgrade("base"))
                .isInstanceOf(IrreversibleRevisionException.class)
                .hasMessageContaining("i0000002")
                .hasMessageContaining("nothing was run");
        assertThat(versionRows()).containsExactly("i0000003");
        assertThat(tableExists("two")).isTrue();
        irreversible.downgrade("i0000002");
        assertThat(versionRows()).containsExactly("i0000002");
    }

    @Test
    void dryRunRendersTheSqlAndChangesNothing() throws SQLException {
        retort.upgrade("aaaa0001");
        MigrationResult result = retort.upgradeDryRun("heads");
        assertThat(result.sql())
                .contains("CREATE TABLE shipments (id BIGINT PRIMARY KEY);")
                .contains("UPDATE retort_version SET version_num = 'cccc0001' WHERE version_num = 'aaaa0001';")
                .doesNotContain("CREATE TABLE accounts");
        assertThat(versionRows()).containsExactly("aaaa0001");
        assertThat(tableExists("shipments")).isFalse();
    }

    @Test
    void offlineSqlNeedsNoDatabase() {
        Retort offline = Retort.configure().dialect("postgresql").locations("classpath:graphs/branched").load();
        String sql = offline.upgradeSql("base:bbbb0001");
        assertThat(sql).startsWith("BEGIN;\n\nCREATE TABLE retort_version")
                .contains("CREATE TABLE accounts (id BIGINT PRIMARY KEY, name VARCHAR(100));")
                .contains("INSERT INTO retort_version (version_num) VALUES ('aaaa0001');")
                .contains("UPDATE retort_version SET version_num = 'bbbb0001' WHERE version_num = 'aaaa0001';")
                .contains("BEGIN;").contains("COMMIT;");
        assertThat(offline.downgradeSql("bbbb0001:base")).contains("DROP TABLE invoices;").contains("DROP TABLE accounts;")
                .contains("DELETE FROM retort_version WHERE version_num = 'aaaa0001';");
    }

    @Test
    void malformedPendingScriptStopsTheUpgradeBeforeAnySqlRuns(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Files.writeString(dir.resolve("a.sql"),
                "-- revision: ok000001\n-- retort:upgrade\nCREATE TABLE fine (id INT);\n-- retort:downgrade\nDROP TABLE fine;\n");
        java.nio.file.Files.writeString(dir.resolve("b.sql"), "-- revision: bad00001\n-- down_revision: ok000001\n"
                + "-- retort:upgrade\nINSERT INTO fine VALUES (1);\nSELECT 'never closed;\n");
        Retort broken = Retort.configure().dataSource(db.dataSource()).locations("filesystem:" + dir).load();
        assertThatThrownBy(() -> broken.upgrade("heads"))
                .isInstanceOf(dev.retort.script.ScriptException.class)
                .hasMessageContaining(dir.resolve("b.sql") + ":5")
                .hasMessageContaining("unterminated string");
        assertThat(tableExists("fine")).isFalse();
        assertThat(tableExists("retort_version")).as("a refused upgrade creates no state table").isFalse();
    }

    @Test
    void upgradeAtTheTargetAnswersWithoutTheLockButWorkWaitsForIt() throws Exception {
        retort.upgrade("bbbb0001");
        Retort waiting = Retort.configure().dataSource(db.dataSource()).locations("classpath:graphs/branched")
                .lock(true, java.time.Duration.ofMillis(100)).load();
        try (Connection holder = db.connect();
             dev.retort.dialect.DatabaseLock held = new dev.retort.dialect.H2Dialect()
                     .lock(holder, "retort_version_lock", java.time.Duration.ZERO)) {
            assertThat(waiting.upgrade("bbbb0001").steps()).isEmpty();
            assertThatThrownBy(() -> waiting.upgrade("heads"))
                    .isInstanceOf(dev.retort.dialect.LockTimeoutException.class)
                    .hasMessageContaining("retort.lock.timeout");
        }
        assertThat(versionRows()).containsExactly("bbbb0001");
    }

    @Test
    void anotherInstancesStartedRevisionIsWaitedForNotRefused() throws Exception {
        retort.upgrade("aaaa0001");
        Retort waiting = Retort.configure().dataSource(db.dataSource()).locations("classpath:graphs/branched")
                .lock(true, java.time.Duration.ofMillis(100)).load();
        try (Connection holder = db.connect();
             dev.retort.dialect.DatabaseLock held = new dev.retort.dialect.H2Dialect()
                     .lock(holder, "retort_version_lock", java.time.Duration.ZERO);
             Connection other = db.connect(); Statement s = other.createStatement()) {
            // what the holder's history looks like while its non-transactional revision runs
            s.execute("INSERT INTO retort_history (revision, operation, started_at) VALUES ('cccc0001', 'upgrade', "
                    + "CURRENT_TIMESTAMP)");
            assertThatThrownBy(() -> waiting.upgrade("aaaa0001"))
                    .isInstanceOf(dev.retort.dialect.LockTimeoutException.class);
        }
    }

    @Test
    void secondUpgradeWithNothingToDoRunsNothing() throws SQLException {
        retort.upgrade("heads");
        assertThat(retort.upgrade("heads").steps()).isEmpty();
        assertThat(query("SELECT COUNT(*) FROM retort_history")).containsExactly("6");
    }

    @Test
    void statusListsPendingAndAppliedRevisions() {
        retort.upgrade("bbbb0001");
        StatusCommand.Result status = retort.status("heads");
        assertThat(status.upToDate()).isFalse();
        assertThat(status.current()).containsExactly("bbbb0001");
        assertThat(status.pending()).containsExactly("cccc0001", "bbbb0002", "dddd0001", "eeee0001");
        assertThat(retort.validate("heads").differences()).hasSize(4).first().asString().contains("cccc0001");
    }
}
