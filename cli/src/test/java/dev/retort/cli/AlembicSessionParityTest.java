package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.CliRunner.Run;
import dev.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command sequence that produced the golden files, run against PostgreSQL with Alembic's version table: each
 * command prints what Alembic printed (stdout), logs the same steps in the same order (stderr) and leaves the same
 * version rows.
 */
class AlembicSessionParityTest {

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @TempDir
    Path project;

    /** The sequence of make_golden.py's ONLINE list: golden name, then the command. */
    private static final String[][] SESSION = {
        {"current-empty", "current"},
        {"upgrade-bbbb0002", "upgrade bbbb0002"},
        {"current-bbbb0002", "current"},
        {"current-v-bbbb0002", "current -v"},
        {"history-i-bbbb0002", "history -i"},
        {"history-r-current-bbbb0002", "history -r current:"},
        {"show-current-bbbb0002", "show current"},
        {"upgrade-cccc0001", "upgrade cccc0001"},
        {"current-bbbb0002-cccc0001", "current"},
        {"upgrade-heads", "upgrade heads"},
        {"current-heads", "current"},
        {"downgrade-dddd0001", "downgrade dddd0001"},
        {"current-dddd0001", "current"},
        {"downgrade-base", "downgrade base"},
        {"stamp-heads", "stamp heads"},
        {"current-stamped", "current"},
    };

    @Test
    void theGoldenSessionPrintsLogsAndLeavesWhatAlembicDid() throws Exception {
        AlembicGolden.copyRevisions(project);
        CliRunner cli = new CliRunner(project).env("RETORT_URL", db.url())
                .env("RETORT_VERSION_TABLE", "alembic_version");
        for (String[] step : SESSION) {
            String golden = step[0];
            Run run = cli.run(step[1].split(" "));
            assertThat(run.code()).as(step[1] + "\n" + run).isZero();
            if (step[1].startsWith("current")) {
                // Alembic lists current revisions from a set
                assertThat(AlembicGolden.sortedLines(run.out())).as(step[1])
                        .isEqualTo(AlembicGolden.sortedLines(AlembicGolden.read(golden, "txt")));
            } else {
                assertThat(AlembicGolden.normalize(run.out())).as(step[1])
                        .isEqualTo(AlembicGolden.normalize(AlembicGolden.read(golden, "txt")));
            }
            String log = AlembicGolden.read(golden, "log");
            assertThat(run.err().lines().filter(l -> l.startsWith("Running ")).toList()).as(step[1] + " (log)")
                    .isEqualTo(log == null ? List.of() : log.lines().toList());
            String rows = AlembicGolden.read(golden, "rows");
            if (rows != null) {
                assertThat(rows()).as(step[1] + " (rows)").isEqualTo(rows.lines().toList());
            }
        }
    }

    private static List<String> rows() throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(db.url()); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version_num FROM alembic_version ORDER BY version_num")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
