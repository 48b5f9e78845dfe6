package dev.retort.cli;

import static dev.retort.cli.TutorialWalkthrough.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.cli.CliRunner.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code retort import flyway --stamp} on a database that real Flyway migrated: the chain of revisions is written,
 * the database is stamped at the last version Flyway applied, and Retort carries on from there (undo scripts as
 * downgrades).
 */
abstract class ImportFlywayWalkthrough {

    @TempDir
    Path project;

    abstract String url();

    abstract void reset();

    @BeforeEach
    void clean() {
        reset();
    }

    @Test
    void takesOverWhereFlywayStopped() throws Exception {
        Path migrations = Files.createDirectories(project.resolve("src/main/resources/db/migration"));
        Files.writeString(migrations.resolve("V1__create_users.sql"), "CREATE TABLE fw_users (id INT PRIMARY KEY);\n");
        Files.writeString(migrations.resolve("V1_1__add_email.sql"), "ALTER TABLE fw_users ADD email VARCHAR(100);\n");
        Files.writeString(migrations.resolve("V2__orders.sql"), "CREATE TABLE fw_orders (id INT PRIMARY KEY);\n");
        Files.writeString(migrations.resolve("R__report.sql"), "CREATE OR REPLACE VIEW fw_report AS SELECT id FROM fw_users;\n");
        flyway(migrations).migrate();
        // written after Flyway ran: undo scripts are a Flyway Teams feature
        Files.writeString(migrations.resolve("U2__orders.sql"), "DROP TABLE fw_orders;\n");
        Files.writeString(migrations.resolve("V3__invoices.sql"), "CREATE TABLE fw_invoices (id INT PRIMARY KEY);\n");
        Files.writeString(migrations.resolve("U3__invoices.sql"), "DROP TABLE fw_invoices;\n");

        CliRunner cli = new CliRunner(project).env("RETORT_URL", url());
        Run imported = ok(cli.run("import", "flyway", "src/main/resources/db/migration", "--stamp"));
        Path revisions = project.resolve("db/revisions");
        assertThat(imported.out().lines()).containsExactly(
                "Generating " + revisions.resolve("v1_create_users.sql") + " ...  done",
                "Generating " + revisions.resolve("v1_1_add_email.sql") + " ...  done",
                "Generating " + revisions.resolve("v2_orders.sql") + " ...  done",
                "Generating " + revisions.resolve("v3_invoices.sql") + " ...  done");
        assertThat(imported.err()).contains("R__report.sql is a repeatable migration", "Stamped base -> v2");
        assertThat(Files.readString(revisions.resolve("v1_1_add_email.sql"))).contains("-- down_revision: v1\n",
                "-- message: add email\n", "-- retort:irreversible");

        assertThat(ok(cli.run("current")).out()).isEqualTo("v2\n");
        assertThat(ok(cli.run("upgrade", "head")).err()).contains("Running upgrade v2 -> v3, invoices");
        assertThat(ok(cli.run("downgrade", "-1")).err()).contains("Running downgrade v3 -> v2");
        Run throughV11 = cli.run("downgrade", "v1");
        assertThat(throughV11.code()).as("V2 has an undo script, V1.1 none").isEqualTo(ExitCodes.DATABASE);
        assertThat(throughV11.err()).contains("revision v1_1", "irreversible");
        ok(cli.run("upgrade", "head"));
        assertThat(ok(cli.run("history")).out()).startsWith("v2 -> v3 (head), invoices\n");
    }

    @Test
    void aFailedFlywayMigrationIsNotCountedAsApplied() throws Exception {
        Path migrations = Files.createDirectories(project.resolve("migration"));
        Files.writeString(migrations.resolve("V1__a.sql"), "CREATE TABLE fw_a (id INT PRIMARY KEY);\n");
        Files.writeString(migrations.resolve("V2__b.sql"), "CREATE TABLE fw_b (id INT PRIMARY KEY);\nCREATE TABLE fw_c (id NOSUCHTYPE);\n");
        assertThatThrownBy(() -> flyway(migrations).migrate()).isInstanceOf(RuntimeException.class);
        Files.writeString(migrations.resolve("V2__b.sql"), "CREATE TABLE fw_c (id INT PRIMARY KEY);\n");

        CliRunner cli = new CliRunner(project).env("RETORT_URL", url()).env("RETORT_LOCATIONS", "revisions");
        Run imported = ok(cli.run("import", "flyway", "migration", "--stamp", "--json"));
        assertThat(imported.out()).contains("\"stamped\": {", "\"toHeads\": [\n      \"v1\"\n    ]");
        assertThat(ok(cli.run("current")).out()).isEqualTo("v1\n");
        failedVersionIsReported(imported.err());
    }

    /** Where DDL is transactional Flyway keeps no row of a failed migration; elsewhere it records it as failed. */
    abstract void failedVersionIsReported(String importLog);

    @Test
    void importRefusesADirectoryThatHoldsRevisions() throws Exception {
        Path migrations = Files.createDirectories(project.resolve("migration"));
        Files.writeString(migrations.resolve("V1__a.sql"), "SELECT 1;\n");
        Files.createDirectories(project.resolve("db/revisions"));
        CliRunner cli = new CliRunner(project).env("RETORT_URL", url());
        ok(cli.run("revision", "-m", "mine", "--rev-id", "mine0001"));
        Run refused = cli.run("import", "flyway", "migration");
        assertThat(refused.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).contains("already hold 1 revision(s)");
        Run noHistory = new CliRunner(project).env("RETORT_URL", url()).env("RETORT_LOCATIONS", "other")
                .run("import", "flyway", "migration", "--stamp", "--flyway-table", "no_such_history");
        assertThat(noHistory.code()).isEqualTo(ExitCodes.DATABASE);
        assertThat(noHistory.err()).contains("Cannot read Flyway's history table no_such_history", "--flyway-table");
        assertThat(project.resolve("other")).isEmptyDirectory();
    }

    private Flyway flyway(Path migrations) {
        return Flyway.configure().dataSource(url(), null, null).locations("filesystem:" + migrations)
                .cleanDisabled(true).load();
    }
}
