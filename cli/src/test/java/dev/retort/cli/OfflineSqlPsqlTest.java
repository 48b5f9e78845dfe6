package dev.retort.cli;

import static dev.retort.cli.TutorialWalkthrough.addSql;
import static dev.retort.cli.TutorialWalkthrough.generated;
import static dev.retort.cli.TutorialWalkthrough.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.TestDatabase;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code upgrade --sql} output, applied by psql, leaves the same schema and version rows as a live upgrade; with
 * {@code transaction-mode=all} the downgrade to base and the upgrade again run as one transaction each.
 */
class OfflineSqlPsqlTest {

    @RegisterExtension
    static TestDatabase live = TestDatabase.postgres();

    @RegisterExtension
    static TestDatabase offline = TestDatabase.postgres();

    @TempDir
    Path dir;

    @Test
    void offlineSqlAppliedByPsqlMatchesALiveUpgrade() throws Exception {
        CliRunner cli = new CliRunner(dir).env("RETORT_URL", live.url());
        Files.createDirectories(dir.resolve("db/revisions"));
        addSql(generated(ok(cli.run("revision", "-m", "accounts"))),
                "CREATE TABLE account (id SERIAL PRIMARY KEY, name VARCHAR(50) NOT NULL);\n"
                        + "CREATE FUNCTION touch() RETURNS trigger AS $$ BEGIN RETURN NEW; END; $$ LANGUAGE plpgsql;",
                "DROP FUNCTION touch();\nDROP TABLE account;");
        addSql(generated(ok(cli.run("revision", "-m", "cart", "--head", "base", "--branch-label", "cart"))),
                "CREATE TABLE cart (id BIGINT PRIMARY KEY, note TEXT);", "DROP TABLE cart;");
        ok(cli.run("merge", "-m", "join"));
        addSql(generated(ok(cli.run("revision", "-m", "more columns"))),
                "ALTER TABLE account ADD COLUMN balance NUMERIC(12, 2) DEFAULT 0;", "ALTER TABLE account DROP COLUMN balance;");

        CliRunner noDatabase = new CliRunner(dir);
        String sql = ok(noDatabase.run("upgrade", "heads", "--sql", "--dialect", "postgresql")).out();
        Path file = dir.resolve("upgrade.sql");
        Files.writeString(file, sql);
        psql(offline.url(), file);

        ok(cli.run("upgrade", "heads"));
        assertThat(Schemas.columns(offline.url())).isNotEmpty().isEqualTo(Schemas.columns(live.url()));
        assertThat(Schemas.versions(offline.url())).hasSize(1).isEqualTo(Schemas.versions(live.url()));

        // down to base in one transaction: the script ends by dropping the version table, as Alembic's does
        CliRunner all = new CliRunner(dir).env("RETORT_TRANSACTION_MODE", "all");
        String down = ok(all.run("downgrade", "heads:base", "--sql", "--dialect", "postgresql")).out();
        assertThat(down).startsWith("BEGIN;\n").endsWith("DROP TABLE retort_version;\n\nCOMMIT;\n\n")
                .containsOnlyOnce("BEGIN;").containsOnlyOnce("COMMIT;");
        Files.writeString(file, down);
        psql(offline.url(), file);
        assertThat(Schemas.columns(offline.url())).isEmpty();
        assertThat(tableNames(offline.url())).doesNotContain("retort_version");

        // and up again in one transaction, the version table created inside it
        String up = ok(all.run("upgrade", "heads", "--sql", "--dialect", "postgresql")).out();
        assertThat(up).startsWith("BEGIN;\n\nCREATE TABLE retort_version").containsOnlyOnce("COMMIT;");
        Files.writeString(file, up);
        psql(offline.url(), file);
        assertThat(Schemas.columns(offline.url())).isEqualTo(Schemas.columns(live.url()));
        assertThat(Schemas.versions(offline.url())).isEqualTo(Schemas.versions(live.url()));
    }

    private static List<String> tableNames(String url) throws Exception {
        List<String> out = new ArrayList<>();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url);
                java.sql.ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%",
                        new String[] {"TABLE"})) {
            while (rs.next()) {
                out.add(rs.getString("TABLE_NAME"));
            }
        }
        return out;
    }

    private static void psql(String jdbcUrl, Path file) throws Exception {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        Map<String, String> params = new HashMap<>();
        if (uri.getQuery() != null) {
            for (String pair : uri.getQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                params.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        List<String> command = new ArrayList<>(List.of("psql", "-h", uri.getHost(), "-p",
                String.valueOf(uri.getPort() < 0 ? 5432 : uri.getPort()), "-U", params.getOrDefault("user", "postgres"),
                "-d", uri.getPath().substring(1), "-v", "ON_ERROR_STOP=1", "-q", "-f", file.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (params.containsKey("password")) {
            pb.environment().put("PGPASSWORD", params.get("password"));
        }
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("psql output:\n" + output).isZero();
    }
}
