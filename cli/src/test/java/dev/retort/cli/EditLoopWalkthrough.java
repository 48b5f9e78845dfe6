package dev.retort.cli;

import static dev.retort.cli.TutorialWalkthrough.addSql;
import static dev.retort.cli.TutorialWalkthrough.generated;
import static dev.retort.cli.TutorialWalkthrough.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.CliRunner.Run;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Alembic's edit loop: change the head revision, {@code downgrade -1}, {@code upgrade head}. The downgrade of the
 * changed revision runs its current downgrade section with one warning naming it, the re-upgrade records the new
 * checksum, a change to a revision that stays applied still stops upgrade and downgrade, and commands that fail or
 * only read never create the state tables.
 */
abstract class EditLoopWalkthrough {

    @TempDir
    Path project;

    abstract String url();

    @Test
    void editTheHeadDowngradeAndUpgradeAgain() throws Exception {
        CliRunner cli = new CliRunner(project).env("RETORT_URL", url());
        Files.createDirectories(project.resolve("db/revisions"));
        Path first = generated(ok(cli.run("revision", "-m", "first", "--rev-id", "loop0001")));
        addSql(first, "CREATE TABLE loop_a (id INT);", "DROP TABLE loop_a;");
        Path head = generated(ok(cli.run("revision", "-m", "second", "--rev-id", "loop0002")));
        addSql(head, "CREATE TABLE loop_b (id INT);", "DROP TABLE loop_b;");
        ok(cli.run("upgrade", "head"));

        // edit the applied head: a column more, and a downgrade that leaves a mark, so we see which one ran
        Files.writeString(head, Files.readString(head)
                .replace("CREATE TABLE loop_b (id INT);", "CREATE TABLE loop_b (id INT, note VARCHAR(20));")
                .replace("DROP TABLE loop_b;", "DROP TABLE loop_b;\nCREATE TABLE IF NOT EXISTS loop_mark (id INT);"));
        Run refused = cli.run("upgrade", "head");
        assertThat(refused.code()).as(refused.toString()).isEqualTo(ExitCodes.DATABASE);
        assertThat(refused.err()).contains("revision loop0002", "changed after it was applied", "downgrade past");

        String[] logged = new String[1];
        Run down = withStderr(logged, () -> cli.run("downgrade", "-1"));
        assertThat(down.code()).as(down.toString()).isZero();
        List<String> warnings = logged[0].lines().filter(l -> l.contains("WARN")).toList();
        assertThat(warnings).singleElement().asString().contains("revision loop0002", head.toString(),
                "changed after it was applied", "downgrading it with the downgrade section as it is now");
        assertThat(down.err()).contains("Running downgrade loop0002 -> loop0001, second");
        assertThat(tables()).contains("loop_a", "loop_mark").doesNotContain("loop_b");

        assertThat(withStderr(logged, () -> ok(cli.run("upgrade", "head"))).err())
                .contains("Running upgrade loop0001 -> loop0002, second");
        assertThat(logged[0]).doesNotContain("WARN");
        assertThat(columns("loop_b")).containsExactly("id", "note");
        assertThat(ok(cli.run("upgrade", "head")).err()).contains("Nothing to upgrade");

        // drift in a revision that stays applied still stops both directions
        Files.writeString(first, Files.readString(first).replace("CREATE TABLE loop_a (id INT);",
                "CREATE TABLE loop_a (id INT, note VARCHAR(10));"));
        Run upgradePastDrift = cli.run("upgrade", "head");
        assertThat(upgradePastDrift.code()).isEqualTo(ExitCodes.DATABASE);
        assertThat(upgradePastDrift.err()).contains("revision loop0001").doesNotContain("revision loop0002");
        Run downgradeAboveDrift = cli.run("downgrade", "-1");
        assertThat(downgradeAboveDrift.code()).isEqualTo(ExitCodes.DATABASE);
        assertThat(downgradeAboveDrift.err()).contains("revision loop0001");
        assertThat(tables()).contains("loop_b");
        Files.writeString(first, Files.readString(first).replace(", note VARCHAR(10)", ""));
        ok(cli.run("downgrade", "base"));
        assertThat(tables()).contains("loop_mark").doesNotContain("loop_a", "loop_b");
    }

    @Test
    void commandsThatFailOrOnlyReadCreateNoStateTable() throws Exception {
        CliRunner cli = new CliRunner(project).env("RETORT_URL", url());
        Files.createDirectories(project.resolve("db/revisions"));
        ok(cli.run("revision", "-m", "only", "--rev-id", "read0001"));
        ok(cli.run("current"));
        ok(cli.run("history", "-i"));
        ok(cli.run("show", "current"));
        ok(cli.run("upgrade", "head", "--dry-run"));
        assertThat(cli.run("downgrade", "-1").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.run("upgrade", "nosuchrev").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(tables()).doesNotContain("retort_version", "retort_history");
        ok(cli.run("ensure_version"));
        assertThat(tables()).contains("retort_version", "retort_history").doesNotContain("loop_a");
        assertThat(ok(cli.run("current")).out()).isEmpty();
        ok(cli.run("ensure_version"));
    }

    private interface Action {
        Run run() throws Exception;
    }

    /** Runs {@code action} with the process's stderr captured: the engine's SLF4J warnings go there. */
    private static Run withStderr(String[] captured, Action action) throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            return action.run();
        } finally {
            System.setErr(original);
            captured[0] = bytes.toString(StandardCharsets.UTF_8);
        }
    }

    private List<String> columns(String table) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url());
                ResultSet rs = c.getMetaData().getColumns(c.getCatalog(), c.getSchema(), "%", "%")) {
            while (rs.next()) {
                if (rs.getString("TABLE_NAME").equalsIgnoreCase(table)) {
                    out.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    private List<String> tables() throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url());
                ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                out.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
