package dev.retort.cli;

import static dev.retort.cli.TutorialWalkthrough.generated;
import static dev.retort.cli.TutorialWalkthrough.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.CliRunner.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code revision --autogenerate} and {@code check} through the CLI: a schema file becomes a revision,
 * the upgraded database matches it, and an edit of the file is reported until it is generated too.
 */
abstract class AutogenerateWalkthrough {

    private static final String ACCOUNT = "CREATE TABLE account (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL";

    @TempDir
    Path project;

    abstract String url();

    @Test
    void generatesUpgradesAndChecksAgainstTheSchemaFile() throws Exception {
        CliRunner cli = new CliRunner(project).env("RETORT_URL", url());
        Files.createDirectories(project.resolve("db/revisions"));
        Files.writeString(project.resolve("db/schema.sql"), ACCOUNT + ");\n");

        Run first = ok(cli.run("revision", "--autogenerate", "-m", "create account", "--rev-id", "auto1"));
        assertThat(first.err().toLowerCase()).startsWith("detected add table account\n");
        Path created = generated(first);
        assertThat(created.getFileName().toString()).startsWith("auto1");
        assertThat(upgradeOf(created).toLowerCase()).contains("create table account");

        Run behind = cli.run("check");
        assertThat(behind.code()).as(behind.toString()).isEqualTo(ExitCodes.DATABASE);
        assertThat(behind.err()).contains("not up to date", "retort upgrade heads");

        ok(cli.run("upgrade", "head"));
        assertThat(Schemas.columns(url())).anyMatch(c -> c.startsWith("account.name "));
        assertThat(ok(cli.run("check")).out()).isEqualTo("No new upgrade operations detected.\n");

        // the default falls back to src/main/resources when db/schema.sql is absent
        Path resources = Files.createDirectories(project.resolve("src/main/resources/db"));
        Files.move(project.resolve("db/schema.sql"), resources.resolve("schema.sql"));
        Files.writeString(resources.resolve("schema.sql"), ACCOUNT + ", email VARCHAR(100));\n");
        Run differs = cli.run("check");
        assertThat(differs.code()).as(differs.toString()).isEqualTo(ExitCodes.CHECK_FAILED);
        assertThat(differs.err().toLowerCase())
                .isEqualTo("retort: new upgrade operations detected:\n  add column account.email\n");
        Run differsJson = cli.run("check", "--json");
        assertThat(differsJson.code()).as(differsJson.toString()).isEqualTo(ExitCodes.CHECK_FAILED);
        assertThat(differsJson.out().toLowerCase().replaceAll("\\s", ""))
                .isEqualTo("{\"clean\":false,\"differences\":[\"addcolumnaccount.email\"],\"notes\":[]}");

        Run second = ok(cli.run("revision", "--autogenerate", "-m", "add email", "--rev-id", "auto2",
                "--branch-label", "accounts"));
        assertThat(second.err().toLowerCase()).contains("detected add column account.email\n");
        Path added = generated(second);
        assertThat(Files.readString(added)).contains("-- down_revision: auto1", "-- branch_labels: accounts");
        assertThat(upgradeOf(added).toLowerCase()).contains("add column email");
        ok(cli.run("upgrade", "head"));
        assertThat(Schemas.columns(url())).anyMatch(c -> c.startsWith("account.email "));
        ok(cli.run("check"));
        assertThat(ok(cli.run("--json", "check")).out().replaceAll("\\s", ""))
                .isEqualTo("{\"clean\":true,\"differences\":[],\"notes\":[]}");

        Run nothing = ok(cli.run("revision", "--autogenerate", "-m", "nothing new", "--rev-id", "auto3"));
        assertThat(nothing.err()).doesNotContain("Detected");
        assertThat(upgradeOf(generated(nothing)).strip()).isEmpty();

        ok(cli.run("downgrade", "base"));
        assertThat(Schemas.columns(url())).isEmpty();
    }

    @Test
    void otherToolsTablesAndExcludedTablesAreNotCompared() throws Exception {
        CliRunner cli = new CliRunner(project).env("RETORT_URL", url());
        Files.createDirectories(project.resolve("db/revisions"));
        Files.writeString(project.resolve("db/schema.sql"), ACCOUNT + ");\n");
        ok(cli.run("revision", "--autogenerate", "-m", "create account", "--rev-id", "excl1"));
        ok(cli.run("upgrade", "head"));
        try (Connection c = DriverManager.getConnection(url()); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE flyway_schema_history (installed_rank INT PRIMARY KEY)");
            s.execute("CREATE TABLE legacy_orders (id INT PRIMARY KEY)");
        }
        try {
            Run differs = cli.run("check");
            assertThat(differs.code()).as(differs.toString()).isEqualTo(ExitCodes.CHECK_FAILED);
            assertThat(differs.err().toLowerCase())
                    .isEqualTo("retort: new upgrade operations detected:\n  remove table legacy_orders\n");
            assertThat(ok(cli.run("check", "--autogenerate-exclude-tables", "legacy_*,audit_*")).out())
                    .isEqualTo("No new upgrade operations detected.\n");
            Files.writeString(project.resolve("retort.properties"), "autogenerate.exclude-tables=legacy_*\n");
            ok(cli.run("check"));
            Run included = cli.env("RETORT_AUTOGENERATE_EXCLUDE_TABLES", "legacy_*,!flyway_schema_history")
                    .run("check");
            assertThat(included.err().toLowerCase()).as(included.toString())
                    .contains("remove table flyway_schema_history").doesNotContain("legacy_orders");
        } finally {
            try (Connection c = DriverManager.getConnection(url()); Statement s = c.createStatement()) {
                s.execute("DROP TABLE flyway_schema_history");
                s.execute("DROP TABLE legacy_orders");
            }
            ok(new CliRunner(project).env("RETORT_URL", url()).run("downgrade", "base"));
        }
    }

    /** The text between the upgrade and downgrade markers. */
    private static String upgradeOf(Path revision) throws Exception {
        String text = Files.readString(revision);
        return text.substring(text.indexOf("-- retort:upgrade") + "-- retort:upgrade".length(),
                text.indexOf("-- retort:downgrade"));
    }
}
