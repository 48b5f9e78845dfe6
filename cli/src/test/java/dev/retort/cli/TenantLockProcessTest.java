package dev.retort.cli;

import static dev.retort.testing.ServerSql.column;
import static dev.retort.testing.ServerSql.exec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.ServerSql;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 13, locks per tenant, with real processes: while one {@code retort upgrade --schemas a} is held up inside a
 * revision, a second process on the same tenant waits for it and then finds nothing to do, and a process on another
 * tenant runs to the end meanwhile.
 */
class TenantLockProcessTest {

    @RegisterExtension
    static TestDatabase pg = TestDatabase.postgres();

    @RegisterExtension
    static TestDatabase maria = TestDatabase.mariadb();

    @TempDir
    Path dir;

    static Stream<Named<TestDatabase>> servers() {
        return ServerSql.both(pg, maria);
    }

    @AfterAll
    static void dropTenantDatabases() {
        ServerSql.dropTenantDatabases(maria);
    }

    @ParameterizedTest
    @MethodSource("servers")
    void differentTenantsNeverWaitOnEachOtherAndTheSameTenantRunsEachRevisionOnce(TestDatabase db) throws Exception {
        Path revisions = Files.createDirectories(dir.resolve("db/revisions"));
        Files.writeString(revisions.resolve("lck00001_first.sql"), """
                -- revision: lck00001
                -- down_revision:
                -- message: first

                -- retort:upgrade
                CREATE TABLE applied_once (revision VARCHAR(32) PRIMARY KEY);
                INSERT INTO applied_once (revision) VALUES ('lck00001');
                """);
        Files.writeString(revisions.resolve("lck00002_gate.sql"), """
                -- revision: lck00002
                -- down_revision: lck00001
                -- message: waits for the test's row lock on gate

                -- retort:upgrade
                UPDATE gate SET n = n + 1;
                INSERT INTO applied_once (revision) VALUES ('lck00002');
                """);
        String a = tenant(db, "ta");
        String b = tenant(db, "tb");

        Process first;
        Process second;
        try (Connection holder = db.connect(); Statement s = holder.createStatement()) {
            holder.setAutoCommit(false);
            s.executeUpdate("UPDATE " + a + ".gate SET n = n"); // holds the row lock revision lck00002 needs in a
            first = retort(db, a, "first");
            awaitRow(db, a + ".applied_once");
            second = retort(db, a, "second"); // waits for a's migration lock
            Process other = retort(db, b, "other");

            assertThat(other.waitFor(2, TimeUnit.MINUTES)).as("the process on tenant b finished").isTrue();
            assertThat(other.exitValue()).as(log("other")).isZero();
            assertThat(first.isAlive()).as("tenant a's first process is still held in its revision").isTrue();
            assertThat(column(db, "SELECT n FROM " + b + ".gate")).containsExactly("1");
            holder.rollback();
        }
        assertThat(first.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(second.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(first.exitValue()).as(log("first")).isZero();
        assertThat(second.exitValue()).as(log("second")).isZero();
        assertThat(column(db, "SELECT n FROM " + a + ".gate")).containsExactly("1");
        assertThat(column(db, "SELECT revision FROM " + a + ".applied_once ORDER BY revision"))
                .containsExactly("lck00001", "lck00002");
        assertThat(column(db, "SELECT COUNT(*) FROM " + a + ".retort_history WHERE success = TRUE"))
                .containsExactly("2");
        assertThat(Files.readString(dir.resolve("second.log"))).contains("Nothing to upgrade");
    }

    private static String tenant(TestDatabase db, String suffix) {
        String name = db.name() + "_" + suffix;
        exec(db, (db.kind() == TestDatabase.Kind.MARIADB ? "CREATE DATABASE " : "CREATE SCHEMA ") + name,
                "CREATE TABLE " + name + ".gate (n INT NOT NULL)", "INSERT INTO " + name + ".gate (n) VALUES (0)");
        return name;
    }

    private Process retort(TestDatabase db, String schema, String name) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "upgrade", "head", "--schemas", schema, "--url", db.url()))
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile())
                .start();
    }

    private String log(String name) throws Exception {
        return Files.readString(dir.resolve(name + ".log"));
    }

    /** Waits until the first revision committed in the tenant, so its process is inside the second. */
    private static void awaitRow(TestDatabase db, String table) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            try {
                if (!column(db, "SELECT revision FROM " + table).isEmpty()) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                // the table does not exist yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the first process never applied its first revision");
    }
}
