package dev.retort.state;

import static dev.retort.testing.ServerSql.exec;
import static dev.retort.testing.ServerSql.reset;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.Retort;
import dev.retort.exec.DriverManagerDataSource;
import dev.retort.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 items 10 and 11: Retort learns whether its tables exist without provoking database errors (no driver
 * warnings, no H2 trace file), and a table the user may not read is a permission error naming it, not "base".
 */
class QuietStateTablesTest {

    @RegisterExtension
    static TestDatabase pg = TestDatabase.postgres();

    @RegisterExtension
    static TestDatabase maria = TestDatabase.mariadb();

    private static String stderrOf(Runnable r) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theFirstRunOnMariaDbLogsNoDriverWarning() {
        reset(maria);
        String err = stderrOf(() -> Retort.configure().dataSource(maria.dataSource())
                .locations("classpath:realdb/alembic").load().upgrade("heads"));
        assertThat(err).doesNotContain("doesn't exist").doesNotContain("WARN");
    }

    @Test
    void anH2FileDatabaseGetsNoTraceFileOnItsFirstRun(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("app") + ";DB_CLOSE_DELAY=0";
        Retort.configure().url(url, "sa", "").locations("classpath:realdb/alembic").load().upgrade("heads");
        Retort.configure().url(url, "sa", "").locations("classpath:realdb/alembic").load().upgrade("heads");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".trace.db"));
        }
    }

    @Test
    void aPostgresRoleThatMayNotReadTheVersionTableGetsPermissionDenied() {
        reset(pg);
        Retort.configure().dataSource(pg.dataSource()).locations("classpath:realdb/alembic").load().upgrade("heads");
        String role = "retort_reader_" + UUID.randomUUID().toString().substring(0, 8);
        exec(pg, "CREATE ROLE " + role + " LOGIN", "GRANT USAGE ON SCHEMA public TO " + role,
                "GRANT SELECT ON retort_history TO " + role);
        try {
            Retort reader = Retort.configure().dataSource(new DriverManagerDataSource(
                    pg.url().replace("user=postgres", "user=" + role), null, null))
                    .locations("classpath:realdb/alembic").load();
            assertThatThrownBy(reader::current).isInstanceOf(StateException.class)
                    .hasMessageContaining("permission denied")
                    .hasMessageContaining("retort_version")
                    .hasMessageContaining("GRANT SELECT ON retort_version, retort_history TO " + role);
            assertThatThrownBy(() -> reader.status("heads")).isInstanceOf(StateException.class)
                    .hasMessageContaining("GRANT SELECT ON retort_version, retort_history TO " + role);
        } finally {
            exec(pg, "DROP OWNED BY " + role, "DROP ROLE " + role);
        }
    }

    @Test
    void aMariaDbUserThatMayNotReadTheVersionTableGetsPermissionDenied() {
        reset(maria);
        Retort.configure().dataSource(maria.dataSource()).locations("classpath:realdb/alembic").load().upgrade("heads");
        String user = "retort_reader_" + UUID.randomUUID().toString().substring(0, 8);
        exec(maria, "CREATE USER '" + user + "'@'%' IDENTIFIED BY 'pw'",
                "GRANT SELECT ON " + maria.name() + ".retort_history TO '" + user + "'@'%'");
        try {
            String url = maria.url().replaceAll("user=[^&]*", "user=" + user).replaceAll("password=[^&]*", "password=pw");
            Retort reader = Retort.configure().dataSource(new DriverManagerDataSource(url, null, null))
                    .locations("classpath:realdb/alembic").load();
            assertThatThrownBy(reader::current).isInstanceOf(StateException.class)
                    .hasMessageContaining("denied")
                    .hasMessageContaining("retort_version")
                    .hasMessageContaining("GRANT SELECT ON retort_version, retort_history TO");
        } finally {
            exec(maria, "DROP USER '" + user + "'@'%'");
        }
    }
}
