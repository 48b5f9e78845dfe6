package dev.retort.cli;

import static dev.retort.testing.ServerSql.column;
import static dev.retort.testing.ServerSql.exec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.ServerSql;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue 13: {@code --schemas} and {@code --parallel} on upgrade, downgrade, stamp, current, history and check. */
class TenantSchemasCliTest {

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

    private static String schema(TestDatabase db, String suffix) {
        String name = db.name() + "_" + suffix;
        exec(db, (db.kind() == TestDatabase.Kind.MARIADB ? "CREATE DATABASE " : "CREATE SCHEMA ") + name);
        return name;
    }

    private void revision(String id, String down, String table) throws Exception {
        Files.writeString(dir.resolve("db/revisions/" + id + "_" + table + ".sql"), "-- revision: " + id + "\n"
                + "-- down_revision: " + down + "\n-- message: " + table + "\n\n-- retort:upgrade\nCREATE TABLE " + table
                + " (id INT PRIMARY KEY);\n\n-- retort:downgrade\nDROP TABLE " + table + ";\n");
    }

    @ParameterizedTest
    @MethodSource("servers")
    void upgradesTheMatchingSchemasReportsEachAndFailsNamingTheFailedOnes(TestDatabase db) throws Exception {
        Files.createDirectories(dir.resolve("db/revisions"));
        revision("ten00001", "", "account");
        revision("ten00002", "ten00001", "invoice");
        String a = schema(db, "ta");
        String b = schema(db, "tb");
        String c = schema(db, "tc");
        String other = schema(db, "other");
        exec(db, "CREATE TABLE " + b + ".invoice (id INT PRIMARY KEY)"); // the second revision fails in b
        CliRunner cli = new CliRunner(dir).env("RETORT_URL", db.url());
        String tenants = db.name() + "_t*";

        CliRunner.Run upgrade = cli.run("upgrade", "head", "--schemas", tenants, "--parallel", "2");

        assertThat(upgrade.code()).as(upgrade.toString()).isEqualTo(ExitCodes.DATABASE);
        assertThat(upgrade.err()).contains(a + ": Upgraded base -> ten00002", c + ": Upgraded base -> ten00002")
                .containsOnlyOnce("retort: schema " + b + ": upgrade of revision ten00002")
                .contains("retort: 1 of 3 schema(s) failed; the others ran");
        assertThat(upgrade.err().lines().filter(l -> l.startsWith("retort: schema "))).hasSize(1);
        assertThat(column(db, "SELECT version_num FROM " + a + ".retort_version")).containsExactly("ten00002");
        assertThat(column(db, "SELECT version_num FROM " + b + ".retort_version")).containsExactly("ten00001");
        assertThat(column(db, "SELECT COUNT(*) FROM " + c + ".account")).containsExactly("0");
        assertThat(column(db, "SELECT table_name FROM information_schema.tables WHERE table_schema = '" + other + "'"))
                .isEmpty();

        CliRunner.Run current = cli.run("current", "--schemas", a + "," + b + "," + c, "--json");
        assertThat(current.code()).as(current.toString()).isZero();
        assertThat(current.out()).contains("\"schemas\"", "\"" + a + "\"", "\"" + b + "\"", "\"" + c + "\"",
                "\"failed\": []");
        assertThat(cli.run("current", "--schemas", tenants).out()).contains(a + ": ten00002 (head)",
                b + ": ten00001", c + ": ten00002 (head)");

        CliRunner.Run heads = cli.run("current", "--check-heads", "--schemas", tenants);
        assertThat(heads.code()).isEqualTo(ExitCodes.CHECK_FAILED);
        assertThat(heads.err()).contains(b + ": retort: database is not at head").doesNotContain(a + ": retort:");

        assertThat(cli.run("history", "-i", "--schemas", b).out()).contains(b + ": ten00001 -> ten00002 (head), invoice",
                b + ": <base> -> ten00001 (current), account");
        Files.writeString(dir.resolve("db/schema.sql"), "CREATE TABLE account (id INT PRIMARY KEY);\n"
                + "CREATE TABLE invoice (id INT PRIMARY KEY);\n");
        CliRunner.Run check = cli.run("check", "--schemas", a + "," + c);
        assertThat(check.code()).as(check.toString()).isZero();
        assertThat(check.out()).contains(a + ": No new upgrade operations detected.",
                c + ": No new upgrade operations detected.");
        exec(db, "ALTER TABLE " + c + ".account ADD COLUMN extra INT");
        CliRunner.Run drift = cli.run("check", "--schemas", a + "," + c);
        assertThat(drift.code()).as(drift.toString()).isEqualTo(ExitCodes.CHECK_FAILED);
        assertThat(drift.err()).contains(c + ": retort: New upgrade operations detected:").contains("extra")
                .doesNotContain(a + ": retort: New upgrade");

        assertThat(cli.run("downgrade", "base", "--schemas", tenants, "--parallel", "3").code()).isZero();
        assertThat(cli.run("stamp", "ten00001", "--schemas", a).code()).isZero();
        assertThat(column(db, "SELECT version_num FROM " + a + ".retort_version")).containsExactly("ten00001");
        assertThat(column(db, "SELECT version_num FROM " + c + ".retort_version")).isEmpty();

        CliRunner.Run none = cli.run("upgrade", "head", "--schemas", db.name() + "_nothing*");
        assertThat(none.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(none.err()).contains("matches no schema");
        assertThat(cli.run("upgrade", "head", "--parallel", "2").err()).contains("--parallel needs --schemas");
    }
}
