package dev.retort.cli;

import static dev.retort.cli.TutorialWalkthrough.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.CliRunner.Run;
import dev.retort.script.RevisionBody;
import dev.retort.script.RevisionScript;
import dev.retort.script.SqlFlavor;
import dev.retort.script.SqlRevisionParser;
import dev.retort.script.SqlStatement;
import dev.retort.testing.ServerSql;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code retort import alembic} on real Alembic 1.8.1 output (the golden project: its revision files and its
 * {@code upgrade --sql} / {@code downgrade --sql} scripts), then Retort working a database that Alembic's own script
 * migrated, through {@code alembic_version} unchanged.
 */
class ImportAlembicTest {

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @TempDir
    Path project;

    @BeforeEach
    void setUp() throws Exception {
        ServerSql.reset(db);
        Path versions = Files.createDirectories(project.resolve("alembic/versions"));
        try (Stream<Path> files = Files.list(AlembicGolden.DIR.resolve("versions"))) {
            for (Path f : files.toList()) {
                Files.copy(f, versions.resolve(f.getFileName()));
            }
        }
        Files.writeString(project.resolve("upgrade.sql"), AlembicGolden.read("upgrade-heads-sql", "txt"));
        Files.writeString(project.resolve("downgrade.sql"), AlembicGolden.read("downgrade-eeee0001-base-sql", "txt"));
    }

    @Test
    void writesTheSameRevisionsAsTheGoldenProject() throws Exception {
        CliRunner cli = new CliRunner(project);
        Run imported = ok(cli.run("import", "alembic", "alembic/versions", "--upgrade-sql", "upgrade.sql",
                "--downgrade-sql", "downgrade.sql"));
        assertThat(imported.err()).isEmpty();
        assertThat(imported.out().lines()).hasSize(7).allMatch(l -> l.startsWith("Generating " + project.resolve("db/revisions")));
        try (Stream<Path> expected = Files.list(AlembicGolden.DIR.resolve("revisions"))) {
            for (Path golden : expected.toList()) {
                Path written = project.resolve("db/revisions").resolve(golden.getFileName());
                assertThat(written).exists();
                assertSameRevision(parse(written), parse(golden));
            }
        }
        // the imported project prints what Alembic printed for its own
        assertThat(AlembicGolden.normalize(ok(cli.run("history")).out()))
                .isEqualTo(AlembicGolden.normalize(AlembicGolden.read("history", "txt")));
    }

    @Test
    void carriesOnADatabaseThatAlembicsOwnScriptMigrated() throws Exception {
        try (Connection c = DriverManager.getConnection(db.url()); Statement s = c.createStatement()) {
            s.execute(AlembicGolden.read("upgrade-heads-sql", "txt"));
        }
        CliRunner cli = new CliRunner(project).env("RETORT_URL", db.url()).env("RETORT_VERSION_TABLE", "alembic_version");
        ok(cli.run("import", "alembic", "alembic/versions", "--upgrade-sql", "upgrade.sql", "--downgrade-sql",
                "downgrade.sql"));
        assertThat(AlembicGolden.sortedLines(ok(cli.run("current")).out()))
                .isEqualTo(AlembicGolden.sortedLines(AlembicGolden.read("current-stamped", "txt")));
        assertThat(ok(cli.run("upgrade", "heads")).err()).contains("Nothing to upgrade");

        assertThat(ok(cli.run("downgrade", "base")).err().lines().filter(l -> l.startsWith("Running ")).toList())
                .hasSize(7);
        assertThat(ServerSql.tables(db)).containsExactly("alembic_version", "retort_history");
        ok(cli.run("upgrade", "heads"));
        assertThat(ServerSql.versions(db, "alembic_version"))
                .isEqualTo(AlembicGolden.read("upgrade-heads", "rows").lines().toList());
        assertThat(ServerSql.tables(db)).contains("accounts", "audit_log", "invoices", "reports", "shipments");
    }

    @Test
    void withoutDowngradeSqlTheRevisionsAreIrreversible() throws Exception {
        CliRunner cli = new CliRunner(project).env("RETORT_URL", db.url());
        Run imported = ok(cli.run("import", "alembic", "alembic/versions", "--upgrade-sql", "upgrade.sql", "--json"));
        assertThat(imported.err()).contains("Note: No --downgrade-sql given");
        assertThat(imported.out()).contains("\"files\": [", "aaaa0001_create_accounts.sql", "\"stamped\": null");
        ok(cli.run("upgrade", "heads"));
        Run refused = cli.run("downgrade", "base");
        assertThat(refused.code()).isEqualTo(ExitCodes.DATABASE);
        assertThat(refused.err()).contains("irreversible");
        Run missing = new CliRunner(project).env("RETORT_LOCATIONS", "elsewhere")
                .run("import", "alembic", "alembic/versions", "--upgrade-sql", "nosuch.sql");
        assertThat(missing.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("Cannot read " + project.resolve("nosuch.sql"));
    }

    private static RevisionScript parse(Path file) throws Exception {
        return new SqlRevisionParser(SqlFlavor.STANDARD, Map.of()).parse(file.toString(), Files.readString(file));
    }

    private static void assertSameRevision(RevisionScript actual, RevisionScript expected) {
        assertThat(actual.id()).isEqualTo(expected.id());
        assertThat(actual.downRevisions()).isEqualTo(expected.downRevisions());
        assertThat(actual.branchLabels()).isEqualTo(expected.branchLabels());
        assertThat(actual.dependsOn()).isEqualTo(expected.dependsOn());
        assertThat(actual.message()).isEqualTo(expected.message());
        assertThat(actual.createDate()).isEqualTo(expected.createDate());
        assertThat(statements(actual.upgrade())).as(actual.id()).isEqualTo(statements(expected.upgrade()));
        assertThat(statements(actual.downgrade())).as(actual.id()).isEqualTo(statements(expected.downgrade()));
    }

    private static List<String> statements(RevisionBody body) {
        return ((RevisionBody.Sql) body).statements().stream().map(SqlStatement::sql).toList();
    }
}
