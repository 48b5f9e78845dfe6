package dev.retort.cli;

import static dev.retort.cli.TutorialWalkthrough.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Retort prints what Python Alembic 1.8.1 printed for the same graph (a labelled branch, a merge, a second root
 * that a revision depends on): history, heads, branches, show, and the offline SQL of upgrade, downgrade and
 * stamp, compared with the golden files in {@code src/test/resources/alembic-1.8}.
 */
class AlembicOutputParityTest {

    @TempDir
    Path project;

    CliRunner cli;

    @BeforeEach
    void setUp() throws Exception {
        AlembicGolden.copyRevisions(project);
        cli = new CliRunner(project).env("RETORT_VERSION_TABLE", "alembic_version");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "history                     | history",
        "history-v                   | history -v",
        "history-r-bbbb0001-dddd0001 | history -r bbbb0001:dddd0001",
        "history-r-aaaa0001-         | history -r aaaa0001:",
        "heads                       | heads",
        "heads-v                     | heads -v",
        "show-dddd0001               | show dddd0001",
        "show-heads                  | show heads",
        "show-billing@head           | show billing@head",
        "show-base                   | show base"})
    void printsAlembicsLines(String golden, String command) {
        String out = ok(cli.run(command.split(" "))).out();
        assertThat(AlembicGolden.normalize(out)).isEqualTo(AlembicGolden.normalize(AlembicGolden.read(golden, "txt")));
    }

    /** Alembic lists a branch point's children from a set, so only their order may differ. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {"branches | branches", "branches-v | branches -v"})
    void printsAlembicsBranchLines(String golden, String command) {
        String out = ok(cli.run(command.split(" "))).out();
        assertThat(AlembicGolden.sortedLines(out)).isEqualTo(AlembicGolden.sortedLines(AlembicGolden.read(golden, "txt")));
        assertThat(out.lines().findFirst().orElseThrow()).endsWith("aaaa0001 (branchpoint)");
    }

    /** Alembic's default env.py runs the whole script in one transaction: Retort's transaction-mode=all. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "upgrade-heads-sql                         | all          | postgresql | upgrade heads --sql",
        "upgrade-heads-sql-per-migration           | per-revision | postgresql | upgrade heads --sql",
        "upgrade-bbbb0001-heads-sql                | all          | postgresql | upgrade bbbb0001:heads --sql",
        "upgrade-heads-sql-mysql                   | per-revision | mariadb    | upgrade heads --sql",
        "downgrade-eeee0001-base-sql               | all          | postgresql | downgrade eeee0001:base --sql",
        "downgrade-eeee0001-base-sql-per-migration | per-revision | postgresql | downgrade eeee0001:base --sql",
        "downgrade-dddd0001-aaaa0001-sql           | all          | postgresql | downgrade dddd0001:aaaa0001 --sql",
        "stamp-heads-sql                           | all          | postgresql | stamp heads --sql",
        "stamp-bbbb0002-dddd0001-sql               | all          | postgresql | stamp bbbb0002:dddd0001 --sql"})
    void writesAlembicsOfflineScript(String golden, String mode, String dialect, String command) {
        String sql = ok(cli.env("RETORT_TRANSACTION_MODE", mode).env("RETORT_DIALECT", dialect)
                .run(command.split(" "))).out();
        assertThat(AlembicGolden.events(sql)).isEqualTo(AlembicGolden.events(AlembicGolden.read(golden, "txt")));
    }

    @Test
    void theComparisonSeesTheTransactionLayout() {
        String all = AlembicGolden.read("upgrade-heads-sql", "txt");
        String perRevision = AlembicGolden.read("upgrade-heads-sql-per-migration", "txt");
        assertThat(AlembicGolden.events(all)).isNotEqualTo(AlembicGolden.events(perRevision))
                .startsWith("BEGIN;", "CREATE VERSION TABLE alembic_version", "-- Running upgrade  -> aaaa0001")
                .endsWith("COMMIT;");
    }
}
