package dev.retort.command;

import static dev.retort.testing.ServerSql.column;
import static dev.retort.testing.ServerSql.count;
import static dev.retort.testing.ServerSql.exec;
import static dev.retort.testing.ServerSql.reset;
import static dev.retort.testing.ServerSql.versions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.ConfigurationException;
import dev.retort.Retort;
import dev.retort.RetortConfiguration;
import dev.retort.RetortException;
import dev.retort.exec.DriverManagerDataSource;
import dev.retort.graph.RevisionResolutionException;
import dev.retort.state.StateException;
import dev.retort.testing.TestDatabase;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Flyway's operational options on the engine, on H2, PostgreSQL and MariaDB: baseline-on-upgrade, create-schemas,
 * init-sqls, installed-by, connect-retries, and a dialect learnt on the first connection instead of at load.
 */
class OperationalOptionsTest {

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

    private static RetortConfiguration configure(TestDatabase db) {
        return Retort.configure().dataSource(db.dataSource()).locations("classpath:realdb/branched");
    }

    private static List<String> tables(TestDatabase db) {
        String schema = switch (db.kind()) {
            case POSTGRES -> "current_schema()";
            case MARIADB -> "DATABASE()";
            case H2 -> "CURRENT_SCHEMA";
        };
        return column(db, "SELECT LOWER(table_name) FROM information_schema.tables WHERE table_schema = " + schema
                + " ORDER BY 1");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void baselineOnUpgradeStampsADatabaseThatPredatesRetortThenUpgradesFromThere(TestDatabase db) {
        exec(db, "CREATE TABLE accounts (id BIGINT PRIMARY KEY, name VARCHAR(100))");

        var result = configure(db).baselineOnUpgrade(true).baselineRevision("aaaa0001").load().upgrade("bbbb0001");

        assertThat(versions(db, "retort_version")).containsExactly("bbbb0001");
        assertThat(tables(db)).contains("accounts", "invoices");
        assertThat(column(db, "SELECT CONCAT(operation, ':', revision) FROM retort_history ORDER BY id"))
                .containsExactly("stamp:aaaa0001", "upgrade:bbbb0001");
        assertThat(result.steps()).hasSize(2);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void withoutBaselineOnUpgradeTheSameDatabaseFailsOnTheExistingTable(TestDatabase db) {
        exec(db, "CREATE TABLE accounts (id BIGINT PRIMARY KEY, name VARCHAR(100))");
        Retort retort = configure(db).load();
        assertThatThrownBy(() -> retort.upgrade("bbbb0001")).isInstanceOf(RetortException.class)
                .hasMessageContaining("aaaa0001");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void baselineOnUpgradeLeavesAnEmptyDatabaseToTheNormalUpgrade(TestDatabase db) {
        configure(db).baselineOnUpgrade(true).baselineRevision("aaaa0001").load().upgrade("bbbb0001");
        assertThat(column(db, "SELECT operation FROM retort_history ORDER BY id")).containsExactly("upgrade",
                "upgrade");
    }

    @Test
    void baselineOnUpgradeNeedsAKnownBaselineRevision() {
        assertThatThrownBy(() -> configure(h2).baselineOnUpgrade(true).load())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("retort.baseline-revision");
        assertThatThrownBy(() -> configure(h2).baselineOnUpgrade(true).baselineRevision("ffff9999").load())
                .isInstanceOf(RevisionResolutionException.class).hasMessageContaining("ffff9999");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void createsTheConfiguredSchemaWhenItIsMissing(TestDatabase db) {
        String schema = "retort_meta_" + UUID.randomUUID().toString().substring(0, 8);
        try {
            configure(db).schema(schema).load().upgrade("aaaa0001");
            String stored = db.kind() == TestDatabase.Kind.H2 ? schema.toUpperCase(Locale.ROOT) : schema;
            assertThat(count(db, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '" + stored
                    + "' AND LOWER(table_name) IN ('retort_version', 'retort_history')")).isEqualTo(2);
            // an existing schema is left alone, and the next run has nothing to do
            assertThat(configure(db).schema(schema).load().upgrade("aaaa0001").steps()).isEmpty();
        } finally {
            exec(db, db.kind() == TestDatabase.Kind.MARIADB ? "DROP DATABASE IF EXISTS " + schema
                    : "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void withCreateSchemasOffAMissingSchemaIsAnErrorThatSaysSo(TestDatabase db) {
        String schema = "retort_missing_" + UUID.randomUUID().toString().substring(0, 8);
        Retort retort = configure(db).schema(schema).createSchemas(false).lock(false, Duration.ofSeconds(5)).load();
        assertThatThrownBy(() -> retort.upgrade("aaaa0001")).isInstanceOf(StateException.class)
                .hasMessageContaining("Check that the schema " + schema + " exists");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void initSqlsRunFirstOnEveryConnectionRetortOpens(TestDatabase db) {
        exec(db, "CREATE TABLE init_marker (n INT)");
        configure(db).initSqls(List.of("INSERT INTO init_marker VALUES (1)")).load().upgrade("aaaa0001");
        // the command's one connection (the unlocked check and the run share it, issue 16), plus the lock's own
        // connection on H2 (a session lock is held on the migrating connection)
        assertThat(count(db, "SELECT COUNT(*) FROM init_marker")).isEqualTo(db.kind() == TestDatabase.Kind.H2 ? 2 : 1);

        Retort failing = configure(db).initSqls(List.of("SET no_such_setting_at_all = 1")).load();
        assertThatThrownBy(() -> failing.upgrade("heads")).isInstanceOf(RetortException.class)
                .hasMessageContaining("Init SQL 1 of retort.init-sqls failed: SET no_such_setting_at_all = 1");
    }

    @Test
    void initSqlsSetTheRoleTheRevisionsRunAsOnPostgres() {
        String role = "retort_owner_" + UUID.randomUUID().toString().substring(0, 8);
        exec(pg, "CREATE ROLE " + role, "GRANT ALL ON SCHEMA public TO " + role);
        try {
            configure(pg).initSqls(List.of("SET ROLE " + role)).load().upgrade("aaaa0001");
            assertThat(column(pg, "SELECT tableowner FROM pg_tables WHERE tablename = 'accounts'"))
                    .containsExactly(role);
        } finally {
            exec(pg, "DROP OWNED BY " + role, "DROP ROLE " + role);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theHistoryRecordsTheDatabaseUserUnlessInstalledByIsSet(TestDatabase db) {
        boolean h2 = db.kind() == TestDatabase.Kind.H2; // its test URL names no user: connect as one
        if (h2) {
            exec(db, "CREATE USER IF NOT EXISTS migrator PASSWORD 'pw' ADMIN");
        }
        Retort.configure().dataSource(new DriverManagerDataSource(db.url(), h2 ? "migrator" : null, h2 ? "pw" : null))
                .locations("classpath:realdb/branched").load().upgrade("aaaa0001");
        String user = switch (db.kind()) {
            case POSTGRES -> "postgres";
            case MARIADB -> "root";
            case H2 -> "MIGRATOR";
        };
        assertThat(column(db, "SELECT installed_by FROM retort_history")).singleElement().asString()
                .startsWith(user);
        configure(db).installedBy("deploy-bot").load().upgrade("bbbb0001");
        assertThat(column(db, "SELECT installed_by FROM retort_history WHERE revision = 'bbbb0001'"))
                .containsExactly("deploy-bot");
    }

    @Test
    void connectRetriesWaitForADatabaseThatRefusesTheFirstConnections() {
        FlakyDataSource flaky = new FlakyDataSource(h2.dataSource(), 2);
        Retort impatient = Retort.configure().dataSource(flaky).locations("classpath:realdb/branched")
                .connectRetries(1).connectRetriesInterval(Duration.ZERO).load();
        assertThatThrownBy(() -> impatient.upgrade("aaaa0001")).isInstanceOf(RetortException.class)
                .hasMessageContaining("Cannot connect to the database after 1 retries").hasMessageContaining("refused");

        flaky.refuse(2);
        Retort patient = Retort.configure().dataSource(flaky).locations("classpath:realdb/branched")
                .connectRetries(2).connectRetriesInterval(Duration.ZERO).load();
        patient.upgrade("aaaa0001");
        assertThat(versions(h2, "retort_version")).containsExactly("aaaa0001");
        assertThat(flaky.attempts()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void loadingNeedsNoDatabaseAndTheDialectIsLearntWhenItExists() throws SQLException {
        String name = "retort_lazy_" + UUID.randomUUID().toString().substring(0, 8);
        String url = pg.url().replace("/" + pg.name(), "/" + name);
        Retort retort = Retort.configure().dataSource(new DriverManagerDataSource(url, null, null))
                .locations("classpath:realdb/branched").load();
        assertThat(retort.context().dialectKnown()).isFalse();
        assertThatThrownBy(() -> retort.status("heads")).isInstanceOf(RetortException.class)
                .hasMessageContaining("Cannot connect to the database").hasMessageContaining(name);

        exec(pg, "CREATE DATABASE " + name);
        try {
            assertThat(retort.status("heads").pending()).isNotEmpty();
            assertThat(retort.context().dialect().name()).isEqualTo("postgresql");
            retort.upgrade("heads");
            assertThat(retort.status("heads").upToDate()).isTrue();
        } finally {
            exec(pg, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    /** A DataSource that refuses a number of connections first, as a database still starting up does. */
    static final class FlakyDataSource implements DataSource {

        private final DataSource target;
        private final AtomicInteger refusals;
        private final AtomicInteger attempts = new AtomicInteger();

        FlakyDataSource(DataSource target, int refusals) {
            this.target = target;
            this.refusals = new AtomicInteger(refusals);
        }

        void refuse(int times) {
            refusals.set(times);
        }

        int attempts() {
            return attempts.get();
        }

        @Override
        public Connection getConnection() throws SQLException {
            attempts.incrementAndGet();
            if (refusals.getAndDecrement() > 0) {
                throw new SQLException("Connection refused (the database is starting)", "08001");
            }
            return target.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
