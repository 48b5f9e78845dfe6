package dev.retort.reliability;

import static dev.retort.testing.ServerSql.column;
import static dev.retort.testing.ServerSql.count;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.ServerSql;
import dev.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reliability suite: {@value #PROCESSES} processes (child JVMs) upgrade the same database over {@value #REVISIONS}
 * revisions at once; each revision is applied exactly once and every process ends successfully.
 */
class ConcurrentProcessesTest {

    static final int PROCESSES = 8;
    static final int REVISIONS = 200;

    @RegisterExtension
    static TestDatabase pg = TestDatabase.postgres();

    @RegisterExtension
    static TestDatabase maria = TestDatabase.mariadb();

    static Stream<Named<TestDatabase>> servers() {
        return ServerSql.both(pg, maria);
    }

    @ParameterizedTest
    @MethodSource("servers")
    void eightProcessesApplyEachOfTwoHundredRevisionsExactlyOnce(TestDatabase db, @TempDir Path dir)
            throws Exception {
        ServerSql.reset(db);
        Children.linearRevisions(dir, REVISIONS);
        List<Process> children = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            children.add(Children.start(db.url(), dir.toString()));
        }
        int applied = 0;
        for (Process child : children) {
            String output = Children.finish(child, new StringBuilder());
            assertThat(child.exitValue()).as("child output:\n%s", output).isZero();
            applied += Integer.parseInt(output.lines().filter(l -> l.startsWith("APPLIED ")).findFirst()
                    .orElseThrow(() -> new AssertionError("no result in:\n" + output)).substring(8).trim());
        }

        assertThat(applied).isEqualTo(REVISIONS);
        assertThat(count(db, "SELECT COUNT(*) FROM applied")).isEqualTo(REVISIONS);
        assertThat(column(db, "SELECT revision FROM applied GROUP BY revision HAVING COUNT(*) > 1")).isEmpty();
        assertThat(count(db, "SELECT COUNT(*) FROM retort_history WHERE operation = 'upgrade' AND success = TRUE"))
                .isEqualTo(REVISIONS);
        assertThat(column(db, "SELECT version_num FROM retort_version")).containsExactly(String.format("52%06d",
                REVISIONS));
    }
}
