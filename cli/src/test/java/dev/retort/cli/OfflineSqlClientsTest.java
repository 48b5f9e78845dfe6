package dev.retort.cli;

import static dev.retort.cli.TutorialWalkthrough.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.TestDatabase;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline SQL runs as printed (issue 11, item 4): statements ending in a line comment keep their terminator outside
 * it, and MariaDB's {@code 5--1} is arithmetic, not a comment. Proven with {@code psql -v ON_ERROR_STOP=1 -f} and the
 * {@code mariadb} client, and against a live upgrade of the same files.
 */
class OfflineSqlClientsTest {

    @RegisterExtension
    static TestDatabase pgOffline = TestDatabase.postgres();

    @RegisterExtension
    static TestDatabase mariaOffline = TestDatabase.mariadb();

    @RegisterExtension
    static TestDatabase mariaLive = TestDatabase.mariadb();

    @TempDir
    Path dir;

    private void revision(String upgrade) throws Exception {
        Files.createDirectories(dir.resolve("db/revisions"));
        Files.writeString(dir.resolve("db/revisions/c0ffee01_comments.sql"), """
                -- revision: c0ffee01
                -- down_revision:
                -- message: comments

                -- retort:upgrade
                """ + upgrade + """

                -- retort:downgrade
                DROP TABLE t1 -- the downgrade ends in a comment too
                """);
    }

    @Test
    void postgresOfflineSqlWithTrailingCommentsRunsInPsql() throws Exception {
        revision("""
                CREATE TABLE t1 (id INT, v INT) -- makes t1
                ;
                INSERT INTO t1 VALUES (1, 2) -- the last statement ends in a comment
                """);
        String sql = ok(new CliRunner(dir).run("upgrade", "head", "--sql", "--dialect", "postgresql")).out();
        assertThat(sql).contains("INSERT INTO t1 VALUES (1, 2);").doesNotContain("comment;");
        run(client("psql", pgOffline.url(), sql));
        assertThat(rows(pgOffline.url(), "SELECT id, v FROM t1")).containsExactly("1 2");
        assertThat(rows(pgOffline.url(), "SELECT version_num FROM retort_version")).containsExactly("c0ffee01");
    }

    @Test
    void mariaDbOfflineSqlRunsInTheMariaDbClientAndMatchesALiveUpgrade() throws Exception {
        revision("""
                CREATE TABLE t1 (id INT, v INT);
                INSERT INTO t1 VALUES (1, 5--1);
                INSERT INTO t1 VALUES (2, 7) -- ends in a comment
                """);
        String sql = ok(new CliRunner(dir).run("upgrade", "head", "--sql", "--dialect", "mariadb")).out();
        assertThat(sql).contains("INSERT INTO t1 VALUES (1, 5--1);\n").contains("INSERT INTO t1 VALUES (2, 7);\n")
                .doesNotContain("DELIMITER");
        run(client("mariadb", mariaOffline.url(), sql));
        ok(new CliRunner(dir).env("RETORT_URL", mariaLive.url()).run("upgrade", "head"));
        for (TestDatabase db : List.of(mariaOffline, mariaLive)) {
            assertThat(rows(db.url(), "SELECT id, v FROM t1 ORDER BY id")).containsExactly("1 6", "2 7");
            assertThat(rows(db.url(), "SELECT version_num FROM retort_version")).containsExactly("c0ffee01");
        }
        String down = ok(new CliRunner(dir).run("downgrade", "c0ffee01:base", "--sql", "--dialect", "mariadb")).out();
        run(client("mariadb", mariaOffline.url(), down));
        assertThat(rows(mariaOffline.url(), "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 't1' "
                + "AND table_schema = DATABASE()")).containsExactly("0");
    }

    private static List<String> rows(String url, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getString(i));
                }
                out.add(String.join(" ", row));
            }
        }
        return out;
    }

    private ProcessBuilder client(String program, String jdbcUrl, String sql) throws Exception {
        boolean present = List.of("/usr/bin", "/usr/local/bin", "/bin").stream()
                .anyMatch(d -> Files.isExecutable(Path.of(d, program)));
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true and the " + program + " client is not installed");
        }
        Assumptions.assumeTrue(present, program + " client not installed: offline SQL is not run through it");
        Path file = dir.resolve(program + ".sql");
        Files.writeString(file, sql);
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        Map<String, String> params = new HashMap<>();
        if (uri.getQuery() != null) {
            for (String pair : uri.getQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                params.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        String database = uri.getPath().substring(1);
        List<String> command = program.equals("psql")
                ? List.of("psql", "-h", uri.getHost(), "-p", String.valueOf(uri.getPort() < 0 ? 5432 : uri.getPort()),
                        "-U", params.getOrDefault("user", "postgres"), "-d", database, "-v", "ON_ERROR_STOP=1", "-q",
                        "-f", file.toString())
                : List.of("mariadb", "-h", uri.getHost(), "-P", String.valueOf(uri.getPort() < 0 ? 3306 : uri.getPort()),
                        "-u", params.getOrDefault("user", "root"), "--protocol=TCP", database, "-e",
                        "source " + file);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        String password = params.getOrDefault("password", "");
        if (!password.isEmpty()) {
            pb.environment().put(program.equals("psql") ? "PGPASSWORD" : "MYSQL_PWD", password);
        }
        return pb;
    }

    private static void run(ProcessBuilder pb) throws Exception {
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", pb.command()) + " output:\n" + output).isZero();
    }
}
