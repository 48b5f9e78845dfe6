package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.ServerSql;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import java.util.Map;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every console example of docs/cli.md and docs/migrating.md runs and prints what the page shows (see
 * {@link DocExamples}). Other tools' steps: {@code alembic ... --sql} prints what Alembic 1.8.1 printed for the golden
 * project, {@code alembic-project DIR} puts that project's revision files in DIR and migrates the database with
 * Alembic's own script, {@code flyway-migrate DIR} runs real Flyway.
 */
class CliDocsExamplesTest {

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @TempDir
    Path scratch;

    private static final Map<String, String> ALEMBIC_OUTPUT = Map.of(
            "upgrade heads --sql", "upgrade-heads-sql",
            "downgrade heads:base --sql", "downgrade-heads-base-sql");

    private final Map<String, DocExamples.Step> steps = Map.of(
            "alembic", (cwd, args) -> {
                String golden = ALEMBIC_OUTPUT.get(String.join(" ", args));
                assertThat(golden).as("recorded output of 'alembic " + args + "'").isNotNull();
                return new String[] {AlembicGolden.read(golden, "txt"), AlembicGolden.read(golden, "err")};
            },
            "alembic-project", (cwd, args) -> {
                Path versions = Files.createDirectories(cwd.resolve(args.get(0)));
                try (Stream<Path> files = Files.list(AlembicGolden.DIR.resolve("versions"))) {
                    for (Path f : files.toList()) {
                        Files.copy(f, versions.resolve(f.getFileName()));
                    }
                }
                try (Connection c = DriverManager.getConnection(db.url()); Statement s = c.createStatement()) {
                    s.execute(AlembicGolden.read("upgrade-heads-sql", "txt"));
                }
                return new String[] {"", ""};
            },
            "sql", (cwd, args) -> {
                try (Connection c = DriverManager.getConnection(db.url()); Statement s = c.createStatement()) {
                    s.execute(String.join(" ", args));
                }
                return new String[] {"", ""};
            },
            "flyway-migrate", (cwd, args) -> {
                Flyway.configure().dataSource(db.url(), null, null).locations("filesystem:" + cwd.resolve(args.get(0)))
                        .load().migrate();
                return new String[] {"", ""};
            });

    @Test
    void theCommandLinePageRunsAsShown() throws Exception {
        assertThat(run("../docs/cli.md")).isGreaterThan(40);
    }

    @Test
    void theMigratingPageRunsAsShown() throws Exception {
        assertThat(run("../docs/migrating.md")).isGreaterThan(10);
    }

    @Test
    void theMultiTenantPageRunsAsShown() throws Exception {
        assertThat(run("../docs/multi-tenant.md")).isGreaterThan(5);
    }

    private int run(String page) throws Exception {
        return new DocExamples(Path.of(page), db.url(), scratch, () -> ServerSql.reset(db), steps).run();
    }

}
