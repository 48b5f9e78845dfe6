package dev.retort.cli;

import static dev.retort.cli.TutorialWalkthrough.generated;
import static dev.retort.cli.TutorialWalkthrough.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.CliRunner.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commands that only touch files: init, revision (every flag), merge, offline downgrade SQL, config echo. */
class RevisionCommandsTest {

    @TempDir
    Path dir;

    @Test
    void initScaffoldsTheGivenDirectoryAndRefusesTwice() {
        CliRunner cli = new CliRunner(dir);
        ok(cli.run("init", "project", "--password", "never-written"));
        assertThat(dir.resolve("project/db/revisions")).isDirectory();
        assertThat(dir.resolve("project/retort.properties")).content()
                .contains("# url=", "locations=filesystem:db/revisions").doesNotContain("never-written");
        Run again = cli.run("init", "project");
        assertThat(again.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(again.err()).contains("already exists");
    }

    @Test
    void revisionFlagsWriteTheHeader() throws Exception {
        CliRunner cli = new CliRunner(dir).env("RETORT_LOCATIONS", "filesystem:revs");
        Files.createDirectories(dir.resolve("revs"));
        ok(cli.run("revision", "-m", "root", "--rev-id", "r1"));
        ok(cli.run("revision", "-m", "second", "--rev-id", "r2"));
        Path spliced = generated(ok(cli.run("revision", "-m", "side", "--rev-id", "s1", "--head", "r1", "--splice",
                "--branch-label", "side,extra", "--depends-on", "r2")));
        assertThat(spliced).hasParent(dir.resolve("revs"));
        assertThat(spliced).content().contains("-- revision: s1", "-- down_revision: r1",
                "-- branch_labels: side, extra", "-- depends_on: r2", "-- message: side");
        Run notHead = cli.run("revision", "-m", "x", "--head", "r1");
        assertThat(notHead.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(notHead.err()).contains("--splice");
        Path merge = generated(ok(cli.run("merge", "-m", "join", "r2", "side@head", "--rev-id", "m1")));
        assertThat(merge).content().contains("-- down_revision: r2, s1");
        assertThat(ok(cli.run("heads")).out()).isEqualTo("m1 (side, extra) (head)\n");
    }

    @Test
    void offlineDowngradeNeedsARangeAndTheDialect() throws Exception {
        CliRunner cli = new CliRunner(dir);
        Files.createDirectories(dir.resolve("db/revisions"));
        ok(cli.run("revision", "-m", "one", "--rev-id", "a1"));
        String sql = ok(cli.run("downgrade", "a1:base", "--sql", "--dialect", "h2")).out();
        assertThat(sql).contains("DELETE FROM retort_version");
        Run noRange = cli.run("downgrade", "base", "--sql", "--dialect", "h2");
        assertThat(noRange.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(noRange.err()).contains("needs a range");
    }

    @Test
    void verboseEchoesTheConfigurationWithPasswordsMasked() throws Exception {
        Files.createDirectories(dir.resolve("db/revisions"));
        Files.writeString(dir.resolve("application.yml"), "spring:\n  datasource:\n    password: yaml-secret\n");
        Run run = ok(new CliRunner(dir).env("RETORT_URL", "jdbc:h2:mem:x;PASSWORD=url-secret")
                .run("heads", "--verbose", "--user", "sa"));
        assertThat(run.err()).contains("config: password = ****** (application.yml)", "config: user = sa (command line)",
                "config: url = jdbc:h2:mem:x;PASSWORD=****** (environment)")
                .doesNotContain("yaml-secret", "url-secret");
    }
}
