package dev.retort.cli;

import static dev.retort.cli.TutorialWalkthrough.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Autogenerate and check through the CLI on PostgreSQL. */
class PostgresAutogenerateTest extends AutogenerateWalkthrough {

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @Override
    String url() {
        return db.url();
    }

    @Test
    void checkSaysWhatItDoesNotCompare() throws Exception {
        CliRunner cli = new CliRunner(project).env("RETORT_URL", url());
        Files.createDirectories(project.resolve("db/revisions"));
        Files.writeString(project.resolve("db/schema.sql"), "CREATE TABLE note (id INT PRIMARY KEY);\n");
        ok(cli.run("revision", "--autogenerate", "-m", "note", "--rev-id", "notes1"));
        ok(cli.run("upgrade", "head"));
        try (Connection c = DriverManager.getConnection(url()); Statement s = c.createStatement()) {
            s.execute("CREATE MATERIALIZED VIEW note_ids AS SELECT id FROM note");
        }
        try {
            String note = "not compared: the database has materialized view note_ids (autogenerate leaves these out: "
                    + "write their changes by hand)";
            assertThat(ok(cli.run("check")).out())
                    .isEqualTo("No new upgrade operations detected.\nNote: " + note + "\n");
            assertThat(ok(cli.run("check", "--json")).out().replaceAll("\\s", ""))
                    .isEqualTo("{\"clean\":true,\"differences\":[],\"notes\":[\"" + note.replaceAll("\\s", "")
                            + "\"]}");
        } finally {
            try (Connection c = DriverManager.getConnection(url()); Statement s = c.createStatement()) {
                s.execute("DROP MATERIALIZED VIEW note_ids");
            }
            ok(new CliRunner(project).env("RETORT_URL", url()).run("downgrade", "base"));
        }
    }
}
