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
    void quotesMixedCaseNamesLikeAlembicSoTheyKeepTheirCase() {
        exec(pg, "CREATE SCHEMA \"Ops\"");
        Retort.configure().dataSource(pg.dataSource()).locations("classpath:realdb/branched")
                .schema("Ops").versionTable("AppVersion").load().upgrade("aaaa0001");

        assertThat(versions(pg, "\"Ops\".\"AppVersion\"")).containsExactly("aaaa0001");
        assertThat(column(pg, "SELECT conname FROM pg_constraint WHERE contype = 'p' AND conrelid = "
                + "'\"Ops\".\"AppVersion\"'::regclass")).containsExactly("AppVersion_pkc");
    }
}
