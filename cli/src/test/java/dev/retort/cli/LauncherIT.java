package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, started through bin/retort (after {@code package}, by failsafe). */
class LauncherIT {

    private static final Path LAUNCHER = Path.of("bin/retort").toAbsolutePath();

    @TempDir
    Path dir;

    private Process start(List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", LAUNCHER.toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        // the first run writes the class data sharing archive here, the later ones map it (and print nothing more)
        builder.environment().put("RETORT_CACHE_DIR", dir.resolve("cache").toString());
        return builder.start();
    }

    private String[] run(int expectedCode, String... args) throws Exception {
        Process p = start(List.of(args));
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out + err).isEqualTo(expectedCode);
        return new String[] {out, err};
    }

    @Test
    void findsTheShadedJarInTargetAndRunsWithTheBundledDrivers() throws Exception {
        assertThat(run(0, "--version")[0]).startsWith("retort ");
        String url = "jdbc:h2:" + dir.resolve("demo");
        run(0, "init", "--url", url);
        run(0, "revision", "-m", "first", "--rev-id", "a1");
        String[] upgrade = run(0, "upgrade", "head");
        assertThat(upgrade[0]).isEmpty();
        assertThat(upgrade[1]).contains("Running upgrade  -> a1, first");
        assertThat(run(0, "current")[0]).isEqualTo("a1 (head)\n");
        assertThat(run(0, "upgrade", "head", "--sql", "--url", "jdbc:postgresql://nowhere/db")[0])
                .contains("CREATE TABLE retort_version");
        assertThat(run(0, "upgrade", "head", "--sql", "--dialect", "mariadb", "--url", "jdbc:mariadb://nowhere/db")[0])
                .contains("retort_version");
        String[] failed = run(ExitCodes.USAGE, "show", "zz");
        assertThat(failed[1]).startsWith("retort: error: ").doesNotContain("\tat ");
        assertThat(Files.exists(dir.resolve("retort.properties"))).isTrue();
        // one archive per command (the classes of --version would not serve 'current'); a second run maps it
        try (var archives = Files.list(dir.resolve("cache"))) {
            assertThat(archives.map(f -> f.getFileName().toString().replaceFirst("^retort-[0-9]+-", "")))
                    .containsExactlyInAnyOrder("main.jsa", "init.jsa", "revision.jsa", "upgrade.jsa", "current.jsa",
                            "show.jsa");
        }
    }
}
