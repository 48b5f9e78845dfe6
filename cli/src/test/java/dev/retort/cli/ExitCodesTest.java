package dev.retort.cli;

import static dev.retort.cli.TutorialWalkthrough.addSql;
import static dev.retort.cli.TutorialWalkthrough.generated;
import static dev.retort.cli.TutorialWalkthrough.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.CliRunner.Run;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Every exit code, and that errors are one clear message on stderr without a stack trace. */
class ExitCodesTest {

    @RegisterExtension
    static TestDatabase db = TestDatabase.h2();

    @TempDir
    Path dir;

    CliRunner cli;

    @BeforeEach
    void setUp() throws Exception {
        cli = new CliRunner(dir).env("RETORT_URL", db.url());
        Files.createDirectories(dir.resolve("db/revisions"));
    }

    private Run expect(int code, String... args) {
        Run run = cli.run(args);
        assertThat(run.code()).as(run.toString()).isEqualTo(code);
        if (code >= ExitCodes.USAGE && !List.of(args).contains("--verbose")) {
            assertThat(run.err()).as(run.toString()).doesNotContain("\tat ");
        }
        return run;
    }

    @Test
    void zeroForHelpVersionAndSuccess() {
        assertThat(expect(0, "--help").out()).contains("Usage: retort", "upgrade", "Exit codes:");
        assertThat(expect(0, "--version").out()).startsWith("retort ");
        assertThat(expect(0, "upgrade", "--help").out()).contains("Usage: retort upgrade", "--sql", "--dry-run");
        assertThat(expect(0, "history", "--help").out()).contains("-i, --indicate-current");
        expect(0, "heads");
    }

    @Test
    void oneWhenCurrentIsNotAtHeads() {
        ok(cli.run("revision", "-m", "first", "--rev-id", "aaaa"));
        Run run = expect(ExitCodes.CHECK_FAILED, "current", "--check-heads");
        assertThat(run.err()).contains("not at head", "the heads are aaaa", "retort upgrade heads");
        ok(cli.run("upgrade", "head"));
        expect(0, "current", "--check-heads");
        ok(cli.run("downgrade", "base"));
    }

    @Test
    void twoForUsageErrors() {
        assertThat(expect(ExitCodes.USAGE, "upgrade").err()).isEqualTo("retort: error: Missing required parameter: "
                + "'<target>'\nTry 'retort upgrade --help' for usage.\n");
        assertThat(expect(ExitCodes.USAGE, "upgrad", "head").err()).contains("Did you mean", "upgrade");
        assertThat(expect(ExitCodes.USAGE, "frobnicate").err()).contains("Unmatched argument");
        assertThat(expect(ExitCodes.USAGE, "heads", "--no-such-flag").err()).contains("Unknown option");
        assertThat(expect(ExitCodes.USAGE, "upgrade", "head", "--sql", "--dry-run").err())
                .contains("--sql and --dry-run cannot be combined");
    }

    @Test
    void twoForConfigurationScriptAndIdentifierErrors() throws Exception {
        assertThat(expect(ExitCodes.USAGE, "revision", "-m", "x", "--autogenerate").err())
                .contains("No target schema at filesystem:" + dir.resolve("db/schema.sql"), "--autogenerate-schema");
        assertThat(expect(ExitCodes.USAGE, "--autogenerate-schema", "classpath:none.sql", "check").err())
                .contains("No target schema at classpath:none.sql");
        assertThat(expect(ExitCodes.USAGE, "show", "nosuchrev").err()).startsWith("retort: error: ")
                .contains("nosuchrev");
        assertThat(expect(ExitCodes.USAGE, "--locations", "filesystem:missing", "heads").err())
                .contains("is not a directory");
        CliRunner offline = new CliRunner(dir);
        assertThat(offline.run("upgrade", "head", "--sql").err()).contains("--dialect");
        assertThat(offline.run("upgrade", "head", "--sql").code()).isEqualTo(ExitCodes.USAGE);
        Files.writeString(dir.resolve("retort.properties"), "lock.timeout=soon\n");
        assertThat(expect(ExitCodes.USAGE, "upgrade", "head").err())
                .contains("Invalid lock.timeout 'soon' (from retort.properties)");
        Files.delete(dir.resolve("retort.properties"));
        Files.writeString(dir.resolve("db/revisions/broken.sql"), "-- down_revision:\n-- retort:upgrade\n");
        assertThat(expect(ExitCodes.USAGE, "heads").err()).contains("broken.sql");
        Files.delete(dir.resolve("db/revisions/broken.sql"));
    }

    @Test
    void threeForDatabaseErrorsWithTheSqlAndTheDatabaseMessage() throws Exception {
        Path file = generated(ok(cli.run("revision", "-m", "bad sql", "--rev-id", "bad1")));
        addSql(file, "CREATE TABLE ok_table (id INT);\nCREATE TABLE broken (id NOSUCHTYPE);", "DROP TABLE ok_table;");
        Run run = expect(ExitCodes.DATABASE, "upgrade", "head");
        assertThat(run.err()).startsWith("Running upgrade  -> bad1, bad sql\nretort: error: upgrade of revision bad1")
                .contains("statement 2 of 2", "CREATE TABLE broken (id NOSUCHTYPE)", "Database said:");
        // H2 commits DDL as it goes: statement 1 stayed applied, so the next run refuses until stamped
        assertThat(expect(ExitCodes.DATABASE, "upgrade", "head", "--verbose").err())
                .contains("stopped at statement 2", "retort stamp", "\tat ");
        Files.delete(file);
        ok(cli.run("stamp", "base"));

        Path oneWay = generated(ok(cli.run("revision", "-m", "one way", "--rev-id", "oneway")));
        Files.writeString(oneWay, Files.readString(oneWay).replace("-- retort:downgrade", "-- retort:irreversible"));
        ok(cli.run("upgrade", "head"));
        assertThat(expect(ExitCodes.DATABASE, "downgrade", "base").err()).contains("oneway");
        Files.delete(oneWay);
        assertThat(expect(ExitCodes.DATABASE, "upgrade", "head").err()).contains("'oneway'", "stamp --purge");
        ok(cli.run("stamp", "--purge", "base"));

        CliRunner unreachable = new CliRunner(dir).env("RETORT_URL",
                "jdbc:postgresql://127.0.0.1:1/nodb?user=x&password=hunter2&connectTimeout=2");
        Run down = unreachable.run("current");
        assertThat(down.code()).as(down.toString()).isEqualTo(ExitCodes.DATABASE);
        assertThat(down.err()).contains("Cannot").doesNotContain("hunter2");
    }
}
