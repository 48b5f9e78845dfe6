package dev.retort.dialect;

import static dev.retort.testing.ServerSql.column;
import static dev.retort.testing.ServerSql.exec;
import static dev.retort.testing.ServerSql.reset;
import static dev.retort.testing.ServerSql.tables;
import static dev.retort.testing.ServerSql.versions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.Retort;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** PostgreSQL-specific SQL runs as written: dollar-quoted bodies, E'' strings, DO blocks, triggers. */
class PostgresDialectTest {

    @RegisterExtension
    static TestDatabase pg = TestDatabase.postgres();

    @BeforeEach
    void clean() {
        reset(pg);
    }

    @Test
    void splitsAndRunsDollarQuotedFunctionsEscapeStringsAndDoBlocks() {
        Retort retort = Retort.configure().dataSource(pg.dataSource()).locations("classpath:realdb/pg-lexing").load();
        retort.upgrade("heads");

        assertThat(column(pg, "SELECT add_one(41)")).containsExactly("42");
        assertThat(column(pg, "SELECT body || '|' || COALESCE(\"semi;colon\", '-') || '|' || touched FROM notes "
                + "ORDER BY id")).containsExactly(
                        "it's; escaped\\n; touched|a;b|1",
                        "C:\\path; 'quoted'; touched|-|1",
                        "from DO; block; touched|-|1");

        retort.downgrade("base");
        assertThat(tables(pg)).containsExactly("retort_history", "retort_version");
        assertThat(column(pg, "SELECT COUNT(*) FROM pg_proc WHERE proname IN ('add_one', 'touch_note')"))
                .containsExactly("0");
    }

    @Test
    void anUnqualifiedLockNameIsTheSameLockAsOneInTheCurrentSchema() throws SQLException {
        // One instance configured with schema=public and one without must exclude each other.
        try (Connection holder = pg.connect();
             DatabaseLock held = new PostgresDialect().lock(holder, "public.retort_version_lock", Duration.ZERO);
             Connection waiter = pg.connect()) {
            assertThatThrownBy(
                    () -> new PostgresDialect().lock(waiter, "retort_version_lock", Duration.ofMillis(50)))
                    .isInstanceOf(LockTimeoutException.class);
        }
    }

    @Test
    void theLockCheckNeverFreesTheLockAndSeesItGoneAfterTheSessionReleasedIt() throws SQLException {
        // the check gives back one of the lock's two counts and takes it again, in the session's own lock table
        long key = PostgresDialect.lockKey("public.retort_version_lock");
        try (Connection holder = pg.connect(); Connection other = pg.connect()) {
            DatabaseLock held = new PostgresDialect().lock(holder, "public.retort_version_lock", Duration.ZERO);
            for (int i = 0; i < 3; i++) {
                held.checkHeld();
                assertThat(one(other, "SELECT pg_try_advisory_lock(" + key + ")::int")).isEqualTo("0");
            }
            assertThat(one(other, "SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND granted "
                    + "AND objid::bigint = " + key)).isEqualTo("1");
            held.close();
            assertThat(one(holder, "SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' "
                    + "AND pid = pg_backend_pid()")).as("closing gives both counts back").isEqualTo("0");

            DatabaseLock again = new PostgresDialect().lock(holder, "public.retort_version_lock", Duration.ZERO);
            try (java.sql.Statement s = holder.createStatement()) {
                s.execute("SELECT pg_advisory_unlock_all()");
            }
            assertThatThrownBy(again::checkHeld).isInstanceOf(LockLostException.class)
                    .hasMessageContaining("no longer held");
            assertThat(one(other, "SELECT pg_try_advisory_lock(" + key + ")::int")).as("the check took nothing")
                    .isEqualTo("1");
            again.close();
        }
    }

    @Test
    void quotesMixedCaseNamesLikeAlembicSoTheyKeepTheirCase() {
        exec(pg, "CREATE SCHEMA \"Ops\"");
        Retort.configure().dataSource(pg.dataSource()).locations("classpath:realdb/branched")
                .schema("Ops").versionTable("AppVersion").load().upgrade("aaaa0001");

        assertThat(versions(pg, "\"Ops\".\"AppVersion\"")).containsExactly("aaaa0001");
        assertThat(column(pg, "SELECT conname FROM pg_constraint WHERE contype = 'p' AND conrelid = "
                + "'\"Ops\".\"AppVersion\"'::regclass")).containsExactly("AppVersion_pkc");
    }

    private static String one(Connection c, String sql) throws SQLException {
        try (java.sql.Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
