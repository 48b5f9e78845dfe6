package dev.retort.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.Retort;
import dev.retort.exec.DriverManagerDataSource;
import dev.retort.state.StateException;
import dev.retort.testing.ServerSql;
import dev.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reliability suite: a migrating process (a child JVM) is killed with SIGKILL in the middle of a revision; the rerun
 * either completes (PostgreSQL rolled the revision back) or refuses naming the interrupted revision until it is
 * stamped (MariaDB and H2 keep what ran), and every revision is applied exactly once.
 */
class KillMidRevisionTest {

    @RegisterExtension
    static TestDatabase pg = TestDatabase.postgres();

    @RegisterExtension
    static TestDatabase maria = TestDatabase.mariadb();

    @TempDir
    static Path h2Dir;

    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of("postgresql"), Arguments.of("mariadb"), Arguments.of("h2"));
    }

    private static String url(String kind) {
        return switch (kind) {
            case "postgresql" -> pg.url();
            case "mariadb" -> maria.url();
            // WRITE_DELAY=0: H2 otherwise writes commits up to 0.5 s late, and a SIGKILL loses them
            default -> "jdbc:h2:file:" + h2Dir.resolve("killed") + ";FILE_LOCK=FS;WRITE_DELAY=0";
        };
    }

    private static List<String> applied(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT revision FROM applied ORDER BY revision")) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }

    private static Retort rerun(String url, Path dir) {
        return Retort.configure().dataSource(new DriverManagerDataSource(url, null, null))
                .locations("filesystem:" + dir).javaRevisions(List.of(new ChildMigrator.Quick()))
                .lock(true, Duration.ofSeconds(30)).load();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aProcessKilledMidRevisionLeavesAStateTheRerunUnderstands(String kind, @TempDir Path dir) throws Exception {
        if (!kind.equals("h2")) {
            ServerSql.reset(kind.equals("postgresql") ? pg : maria);
        }
        String url = url(kind);
        Children.killRevisions(dir);
        Process child = Children.start(url, dir.toString(), "slow");
        StringBuilder output = new StringBuilder();
        assertThat(Children.awaitLine(child, "SLEEPING", output)).as("child output:\n%s", output).isNotNull();
        child.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback from the client
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

        if (kind.equals("postgresql")) {
            // the revision's transaction died with the session: nothing of it stayed, the rerun applies it
            assertThat(applied(url)).containsExactly("51000001");
            assertThat(rerun(url, dir).upgrade("heads").steps()).hasSize(2);
        } else {
            // its statements ran in autocommit: the rerun refuses, naming the revision, until it is settled
            assertThat(applied(url)).containsExactly("51000001", "51000002");
            assertThatThrownBy(() -> rerun(url, dir).upgrade("heads")).isInstanceOf(StateException.class)
                    .hasMessageContaining("revision 51000002")
                    .hasMessageContaining("stopped before it finished")
                    .hasMessageContaining("retort stamp 51000002");
            rerun(url, dir).stamp(List.of("51000002"), false);
            assertThat(rerun(url, dir).upgrade("heads").steps()).hasSize(1);
        }
        assertThat(applied(url)).containsExactly("51000001", "51000002", "51000003");
        assertThat(rerun(url, dir).current().current()).extracting(r -> r.revision()).containsExactly("51000003");
    }
}
