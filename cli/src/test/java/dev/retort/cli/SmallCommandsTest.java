package dev.retort.cli;

import static dev.retort.cli.TutorialWalkthrough.addSql;
import static dev.retort.cli.TutorialWalkthrough.generated;
import static dev.retort.cli.TutorialWalkthrough.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.CliRunner.Run;
import dev.retort.testing.Json;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code edit}, {@code ensure_version}, {@code -x name=value}, and {@code --json} on the commands that write. */
class SmallCommandsTest {

    @RegisterExtension
    static TestDatabase db = TestDatabase.h2();

    @TempDir
    Path dir;

    CliRunner cli;

    @BeforeEach
    void setUp() throws Exception {
        Files.createDirectories(dir.resolve("db/revisions"));
        cli = new CliRunner(dir).env("RETORT_URL", db.url());
        ok(cli.run("stamp", "--purge", "base"));
    }

    @Test
    void editOpensTheRevisionFilesInTheEditor() throws Exception {
        Path first = generated(ok(cli.run("revision", "-m", "first", "--rev-id", "edit0001")));
        Path second = generated(ok(cli.run("revision", "-m", "second", "--rev-id", "edit0002")));
        Path opened = dir.resolve("opened.txt");
        Path editor = script("editor.sh", "printf '%s\\n' \"$@\" >> " + opened + "\n");

        ok(cli.env("VISUAL", editor.toString()).env("EDITOR", "false").run("edit", "edit0001"));
        assertThat(Files.readAllLines(opened)).containsExactly(first.toString());
        ok(cli.run("edit", "head"));
        ok(cli.run("upgrade", "edit0001"));
        ok(cli.run("edit", "current"));
        assertThat(Files.readAllLines(opened)).containsExactly(first.toString(), second.toString(), first.toString());

        CliRunner noVisual = new CliRunner(dir).env("RETORT_URL", db.url()).env("EDITOR", editor + " --wait")
                .env("PATH", "/nonexistent");
        ok(noVisual.run("edit", "edit0002"));
        assertThat(Files.readAllLines(opened)).last().isEqualTo(second.toString());

        Run failing = new CliRunner(dir).env("RETORT_URL", db.url()).env("EDITOR", "false").run("edit", "edit0002");
        assertThat(failing.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(failing.err()).contains("The editor 'false' exited with code 1");
        Run none = new CliRunner(dir).env("RETORT_URL", db.url()).env("PATH", "/nonexistent").run("edit", "edit0002");
        assertThat(none.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(none.err()).contains("No editor found", "VISUAL or EDITOR");
        Run base = cli.run("edit", "base");
        assertThat(base.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(base.err()).contains("names no revision file");
    }

    @Test
    void ensureVersionCreatesTheStateTablesOnly() throws Exception {
        ok(cli.run("revision", "-m", "first", "--rev-id", "ensure01"));
        drop("retort_version", "retort_history");
        Run created = ok(cli.run("ensure_version"));
        assertThat(created.out()).isEmpty();
        assertThat(created.err()).contains("Created the missing state tables: retort_version, retort_history");
        assertThat(ok(cli.run("current")).out()).isEmpty();
        assertThat(ok(cli.run("ensure_version")).err()).contains("The state tables exist");
        assertThat(Json.parse(ok(cli.run("ensure_version", "--json")).out())).isEqualTo(Map.of(
                "versionTable", "retort_version", "historyTable", "retort_history", "created", false));
        String sql = ok(new CliRunner(dir).run("ensure_version", "--sql", "--dialect", "postgresql")).out();
        assertThat(sql).startsWith("BEGIN;\n\nCREATE TABLE retort_version (").contains("CREATE TABLE retort_history (")
                .endsWith("COMMIT;\n\n");
    }

    @Test
    void dashXSetsAPlaceholderOverTheOtherSources() throws Exception {
        Path file = generated(ok(cli.run("revision", "-m", "owned", "--rev-id", "owned001")));
        addSql(file, "CREATE TABLE owned (who VARCHAR(20) DEFAULT '${owner}');", "DROP TABLE owned;");
        String offline = ok(cli.env("RETORT_PLACEHOLDERS_OWNER", "env").run("-x", "owner=alice", "upgrade", "head",
                "--sql")).out();
        assertThat(offline).contains("DEFAULT 'alice'");
        assertThat(ok(cli.run("upgrade", "head", "--sql")).out()).contains("DEFAULT 'env'");
        ok(cli.run("upgrade", "head", "-x", "owner=bob"));
        try (Connection c = DriverManager.getConnection(db.url()); Statement s = c.createStatement()) {
            s.execute("INSERT INTO owned DEFAULT VALUES");
            try (ResultSet rs = s.executeQuery("SELECT who FROM owned")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("bob");
            }
        }
        Run malformed = cli.run("-x", "owner", "heads");
        assertThat(malformed.code()).isEqualTo(ExitCodes.USAGE);
        ok(cli.run("downgrade", "base"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonOnTheCommandsThatWrite() throws Exception {
        Map<String, Object> revision = (Map<String, Object>) Json.parse(
                ok(cli.run("revision", "-m", "json one", "--rev-id", "json0001", "--json")).out());
        assertThat(revision).containsEntry("revision", "json0001")
                .containsEntry("file", dir.resolve("db/revisions/json0001_json_one.sql").toString());
        addSql(Path.of((String) revision.get("file")), "CREATE TABLE json_one (id INT);", "DROP TABLE json_one;");
        ok(cli.run("revision", "-m", "json two", "--rev-id", "json0002"));

        Run upgrade = ok(cli.run("upgrade", "head", "--json"));
        assertThat(upgrade.err()).contains("Running upgrade  -> json0001, json one");
        Map<String, Object> up = (Map<String, Object>) Json.parse(upgrade.out());
        assertThat(up).containsEntry("command", "upgrade").containsEntry("fromHeads", List.of())
                .containsEntry("toHeads", List.of("json0002")).containsKey("durationMs");
        List<Map<String, Object>> steps = (List<Map<String, Object>>) up.get("steps");
        assertThat(steps).extracting(s -> s.get("revision")).containsExactly("json0001", "json0002");
        assertThat(steps.get(1)).containsEntry("operation", "upgrade").containsEntry("fromRevisions", List.of("json0001"))
                .containsEntry("toRevisions", List.of("json0002")).containsEntry("message", "json two")
                .containsKey("durationMs");

        Map<String, Object> down = (Map<String, Object>) Json.parse(ok(cli.run("downgrade", "-1", "--json")).out());
        assertThat(down).containsEntry("toHeads", List.of("json0001"));
        Map<String, Object> stamp = (Map<String, Object>) Json.parse(ok(cli.run("stamp", "base", "--json")).out());
        assertThat(stamp).containsEntry("command", "stamp").containsEntry("toHeads", List.of());
        Map<String, Object> sql = (Map<String, Object>) Json.parse(
                ok(cli.run("upgrade", "head", "--sql", "--json")).out());
        assertThat((String) sql.get("sql")).contains("CREATE TABLE json_one (id INT);");
        assertThat(sql).containsEntry("toHeads", List.of("json0002")).containsEntry("steps", List.of());
        Map<String, Object> merge = (Map<String, Object>) Json.parse(
                ok(cli.run("revision", "-m", "side", "--head", "base", "--rev-id", "json0003", "--json")).out());
        assertThat(merge).containsEntry("revision", "json0003");
        assertThat(Json.parse(ok(cli.run("merge", "-m", "join", "--rev-id", "json0004", "--json")).out()))
                .isEqualTo(Map.of("revision", "json0004", "file", dir.resolve("db/revisions/json0004_join.sql").toString()));
        ok(cli.run("downgrade", "base"));
    }

    private Path script(String name, String body) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    private static void drop(String... tables) throws Exception {
        try (Connection c = DriverManager.getConnection(db.url()); Statement s = c.createStatement()) {
            for (String t : tables) {
                s.execute("DROP TABLE IF EXISTS " + t);
            }
        }
    }
}
