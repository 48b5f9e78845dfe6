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

/** MariaDB-specific SQL runs as written: DELIMITER blocks, procedures, triggers, backslash escapes. */
class MariaDbDialectTest {

    @RegisterExtension
    static TestDatabase maria = TestDatabase.mariadb();

    @BeforeEach
    void clean() {
        reset(maria);
    }

    @Test
    void splitsAndRunsDelimiterBlocksProceduresTriggersAndBackslashEscapes() {
        Retort retort = Retort.configure().dataSource(maria.dataSource()).locations("classpath:realdb/maria-lexing")
                .load();
        retort.upgrade("heads");

        assertThat(column(maria, "SELECT CONCAT(body, '|', COALESCE(`semi;colon`, '-'), '|', touched) FROM notes "
                + "ORDER BY id")).containsExactly(
                        "it's; escaped\\|a;b|0",
                        "double \"quoted\"; text|-|0",
                        "hello; from procedure|-|1");
        assertThat(column(maria, "SELECT COUNT(*) FROM information_schema.triggers WHERE trigger_schema = DATABASE() "
                + "AND trigger_name = 'notes_touch'")).containsExactly("1");

        retort.downgrade("base");
        assertThat(tables(maria)).containsExactly("retort_history", "retort_version");
        assertThat(column(maria, "SELECT COUNT(*) FROM information_schema.routines WHERE routine_schema = DATABASE()"))
                .containsExactly("0");
    }

    @Test
    void theLockIsPerDatabaseAlthoughGetLockNamesAreServerWide() throws SQLException {
        try (Connection holder = maria.connect();
             DatabaseLock other = new MariaDbDialect().lock(holder, "some_other_db.retort_version_lock", Duration.ZERO)) {
            Retort.configure().dataSource(maria.dataSource()).locations("classpath:realdb/branched")
                    .lock(true, Duration.ofMillis(200)).load().upgrade("heads");
            assertThat(versions(maria, "retort_version")).containsExactly("eeee0001");

            try (DatabaseLock here = new MariaDbDialect().lock(holder, "retort_version_lock", Duration.ZERO)) {
                // a downgrade has work to do, so it needs the lock (an upgrade at head returns without it)
                assertThatThrownBy(() -> Retort.configure().dataSource(maria.dataSource())
                        .locations("classpath:realdb/branched").schema(maria.name())
                        .lock(true, Duration.ofMillis(50)).load().downgrade("-1"))
                        .isInstanceOf(LockTimeoutException.class)
                        .hasMessageContaining("retort:" + maria.name() + ".retort_version_lock");
            }
        }
    }

    @Test
    void longLockNamesStayWithinSixtyFourCharactersAndDistinct() {
        String a = MariaDbDialect.lockName("a_database_with_a_rather_long_name." + "x".repeat(40) + "_one_lock");
        String b = MariaDbDialect.lockName("a_database_with_a_rather_long_name." + "x".repeat(40) + "_two_lock");
        assertThat(a).hasSizeLessThanOrEqualTo(64).isNotEqualTo(b);
    }

    @Test
    void quotesNamesThatNeedItWithBackticks() {
        String schema = maria.name() + "-Ops";
        exec(maria, "CREATE DATABASE `" + schema + "`");
        try {
            Retort.configure().dataSource(maria.dataSource()).locations("classpath:realdb/branched")
                    .schema(schema).versionTable("AppVersion").historyTable("order").load().upgrade("aaaa0001");
            assertThat(versions(maria, "`" + schema + "`.`AppVersion`")).containsExactly("aaaa0001");
            assertThat(column(maria, "SELECT revision FROM `" + schema + "`.`order`")).containsExactly("aaaa0001");
        } finally {
            exec(maria, "DROP DATABASE `" + schema + "`");
        }
    }
}
