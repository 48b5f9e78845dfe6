package dev.retort.cli;

import static dev.retort.cli.TutorialWalkthrough.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The read commands on a branched graph (two labelled branches merged), as text (Alembic's lines) and as JSON. */
class ReadCommandsTest {

    @RegisterExtension
    static TestDatabase db = TestDatabase.h2();

    @TempDir
    Path dir;

    CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir).env("RETORT_URL", db.url()).env("RETORT_LOCATIONS", "classpath:graphs/branched");
        ok(cli.run("downgrade", "base"));
    }

    @Test
    void historyListsAlembicsLinesAndDrawsTheGraphOnRequest() {
        assertThat(ok(cli.run("history")).out()).isEqualTo("""
                dddd0001 -> eeee0001 (shipping, billing) (head), audit log
                bbbb0002, cccc0001 -> dddd0001 (shipping, billing) (mergepoint), merge billing and shipping
                bbbb0001 -> bbbb0002 (billing), invoice total
                aaaa0001 -> bbbb0001 (billing), create invoices
                aaaa0001 -> cccc0001 (shipping), create shipments
                <base> -> aaaa0001 (branchpoint), create accounts
                """);
        assertThat(ok(cli.run("history", "--graph")).out()).isEqualTo("""
                * dddd0001 -> eeee0001 (shipping, billing) (head), audit log
                * bbbb0002, cccc0001 -> dddd0001 (shipping, billing) (mergepoint), merge billing and shipping
                |\\
                * | bbbb0001 -> bbbb0002 (billing), invoice total
                * | aaaa0001 -> bbbb0001 (billing), create invoices
                | * aaaa0001 -> cccc0001 (shipping), create shipments
                |/
                * <base> -> aaaa0001 (branchpoint), create accounts
                """);
    }

    @Test
    void historyMarksTheCurrentRevision() {
        ok(cli.run("upgrade", "bbbb0002"));
        assertThat(ok(cli.run("history", "-i", "-r", "base:bbbb0002")).out())
                .contains("bbbb0001 -> bbbb0002 (billing) (current), invoice total");
        assertThat(ok(cli.run("history", "-i", "--json")).out()).contains("\"current\": true");
    }

    @Test
    void historyVerboseShowsEachRevisionInFull() {
        String out = ok(cli.run("history", "-v", "-r", "dddd0001:")).out();
        assertThat(out).startsWith("Rev: eeee0001 (head)\nParent: dddd0001\nBranch names: shipping, billing\n")
                .contains("\n\nRev: dddd0001 (mergepoint)\nMerges: bbbb0002, cccc0001\n", "\n    Revision ID: eeee0001\n");
        assertThat(ok(cli.run("history", "-v", "--graph", "-r", "dddd0001:")).out())
                .contains("* Rev: eeee0001 (head)\n| Parent: dddd0001", "* Rev: dddd0001 (mergepoint)\n  Merges: bbbb0002",
                        "|     Revision ID: eeee0001");
    }

    @Test
    void headsAndBranches() {
        assertThat(ok(cli.run("heads")).out()).isEqualTo("eeee0001 (shipping, billing) (head)\n");
        assertThat(ok(cli.run("branches")).out()).isEqualTo("""
                aaaa0001 (branchpoint)
                         -> bbbb0001 (billing)
                         -> cccc0001 (shipping)

                """);
        assertThat(ok(cli.run("branches", "-v")).out()).contains("Branches into: bbbb0001, cccc0001",
                "         -> cccc0001 (shipping), create shipments\n");
    }

    @Test
    void showPrintsAlembicsBlock() {
        assertThat(ok(cli.run("show", "bbbb0001")).out()).isEqualTo("""
                Rev: bbbb0001
                Parent: aaaa0001
                Branch names: billing
                Path: classpath:graphs/branched/b1_branch_billing.sql

                    create invoices
                    \n\
                    Revision ID: bbbb0001
                    Revises: aaaa0001
                    Create Date:\s

                """);
    }

    @Test
    void showTakesEveryIdentifierAlembicTakes() {
        assertThat(ok(cli.run("show", "head")).out()).startsWith("Rev: eeee0001 (head)\n");
        assertThat(ok(cli.run("show", "heads")).out()).startsWith("Rev: eeee0001 (head)\n");
        assertThat(ok(cli.run("show", "billing@head")).out()).startsWith("Rev: eeee0001 (head)\n");
        assertThat(ok(cli.run("show", "base")).out()).isEmpty();
        assertThat(ok(cli.run("show", "current")).out()).isEmpty();
        ok(cli.run("upgrade", "bbbb0001"));
        assertThat(ok(cli.run("show", "current")).out()).startsWith("Rev: bbbb0001\n");
        ok(cli.run("upgrade", "cccc0001"));
        assertThat(ok(cli.run("show", "current")).out()).contains("Rev: bbbb0001\n", "Rev: cccc0001\n");
    }

    @Test
    void jsonOnReadCommands() {
        assertThat(ok(cli.run("heads", "--json")).out()).startsWith("[\n  {\n    \"revision\": \"eeee0001\",");
        assertThat(ok(cli.run("--json", "branches")).out()).contains("\"branchPoint\": {", "\"revision\": \"cccc0001\"");
        assertThat(ok(cli.run("show", "cccc", "--json")).out()).contains("\"branchLabels\": [\n      \"shipping\"\n    ]",
                "\"upgradeSql\": \"CREATE TABLE shipments (id BIGINT PRIMARY KEY);\\n\"");
        assertThat(ok(cli.run("history", "--json")).out()).contains("\"mergePoint\": true");
        assertThat(ok(cli.run("current", "--json")).out()).isEqualTo("""
                {
                  "current": [],
                  "appliedHeads": [],
                  "unknown": [],
                  "atHeads": false
                }
                """);
    }

    @Test
    void currentVerboseAndUpgradeDryRunAndStamp() {
        assertThat(ok(cli.run("upgrade", "shipping@head", "--dry-run")).out()).contains("cccc0001");
        assertThat(ok(cli.run("current")).out()).isEmpty();
        ok(cli.run("stamp", "bbbb0002", "cccc0001"));
        assertThat(ok(cli.run("current")).out().lines()).containsExactlyInAnyOrder("bbbb0002", "cccc0001");
        assertThat(ok(cli.run("current", "-v")).out()).startsWith("Current revision(s) for " + db.url() + ":\n")
                .contains("Rev: cccc0001\nParent: aaaa0001\nBranch names: shipping\n");
        ok(cli.run("stamp", "base", "--purge"));
        assertThat(ok(cli.run("current")).out()).isEmpty();
    }
}
