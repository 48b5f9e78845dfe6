package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The distribution archives (after {@code package}, by failsafe), installed the way docs/cli.md says: unpacked
 * outside the source tree with the system's unzip/tar, {@code bin/} put on the PATH, then the README's first
 * steps run from an empty directory against H2.
 */
class DistributionIT {

    private static final String VERSION = System.getProperty("retort.version");
    private static final String BASE = "retort-cli-" + VERSION;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"tar.gz", "zip"})
    void unpackedArchiveRunsFromThePath(String format) throws Exception {
        Path archive = Path.of("target", BASE + "." + format).toAbsolutePath();
        assertThat(archive).as("built by 'mvn package'").isRegularFile();
        Path installDir = Files.createDirectory(dir.resolve("opt"));
        if (format.equals("zip")) {
            run(installDir, "unzip -q '" + archive + "'");
        } else {
            run(installDir, "tar xzf '" + archive + "'");
        }

        Path home = installDir.resolve(BASE);
        try (Stream<Path> files = Files.walk(home)) {
            assertThat(files.filter(Files::isRegularFile).map(f -> home.relativize(f).toString()))
                    .containsExactlyInAnyOrder("bin/retort", "bin/retort.jar", "LICENSE", "README.md");
        }
        assertThat(Files.isExecutable(home.resolve("bin/retort"))).as("bin/retort is executable").isTrue();
        assertThat(Files.readString(home.resolve("LICENSE"))).contains("Apache License", "Version 2.0");
        assertThat(Files.readString(home.resolve("README.md"))).startsWith("# Retort command line " + VERSION);

        Path project = Files.createDirectory(dir.resolve("project"));
        Path cache = dir.resolve("cache");
        String path = "RETORT_CACHE_DIR='" + cache + "' PATH='" + home.resolve("bin") + "':\"$PATH\" ";
        assertThat(run(project, path + "retort --version")).startsWith("retort " + VERSION + "\n");
        // the first run left a class data sharing archive in the cache, and nothing else; the next runs use it
        // (one archive per command: --version shares 'main' with --help and a bare 'retort')
        try (Stream<Path> files = Files.list(cache)) {
            assertThat(files.map(f -> f.getFileName().toString())).singleElement().asString().endsWith("-main.jsa");
        }
        // the first steps of the distribution's README.md
        run(project, path + "retort init --url jdbc:h2:./app");
        run(project, path + "retort revision -m 'create account table'");
        // progress goes to stderr, as Alembic's does
        assertThat(run(project, path + "retort upgrade head 2>&1")).contains("create account table");
        assertThat(run(project, path + "retort current")).matches("[0-9a-f]{12} \\(head\\)\n");
        try (Stream<Path> revisions = Files.list(project.resolve("db/revisions"))) {
            assertThat(revisions.map(f -> f.getFileName().toString()))
                    .singleElement().asString().endsWith("_create_account_table.sql");
        }
    }

    /**
     * picocli's jar is Java 5 bytecode, which class data sharing cannot archive; the build rewrites its classes in the
     * runnable jar to Java 8 (cli/src/build/RaiseClassVersion.java), so bin/retort's archive holds them.
     */
    @Test
    void picocliInTheRunnableJarIsJava8Bytecode() throws Exception {
        Path jar = Path.of("target", BASE + "-all.jar");
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<String> classes = zip.stream().map(e -> e.getName())
                    .filter(n -> n.startsWith("picocli/") && n.endsWith(".class")).toList();
            assertThat(classes).hasSizeGreaterThan(100);
            for (String name : classes) {
                byte[] head = zip.getInputStream(zip.getEntry(name)).readNBytes(8);
                assertThat(((head[6] & 0xff) << 8) | (head[7] & 0xff)).as(name).isEqualTo(52);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"cache-is-a-file", "off"})
    void runsWithoutAClassDataSharingArchiveWhenTheCacheCannotBeWrittenOrCdsIsOff(String how) throws Exception {
        Path installDir = Files.createDirectory(dir.resolve("opt"));
        run(installDir, "tar xzf '" + Path.of("target", BASE + ".tar.gz").toAbsolutePath() + "'");
        Path blocker = Files.writeString(dir.resolve("not-a-directory"), "");
        Path cache = how.equals("off") ? dir.resolve("cache") : blocker.resolve("retort");
        String env = "RETORT_CACHE_DIR='" + cache + "' " + (how.equals("off") ? "RETORT_CDS=off " : "")
                + "PATH='" + installDir.resolve(BASE).resolve("bin") + "':\"$PATH\" ";

        for (int i = 0; i < 2; i++) {
            assertThat(run(dir, env + "retort --version 2>&1")).startsWith("retort " + VERSION + "\n");
        }
        assertThat(Files.exists(cache)).as("no archive cache at %s", cache).isFalse();
    }

    /** Runs a shell command line in {@code workingDir} and returns its standard output; it must succeed. */
    private static String run(Path workingDir, String commandLine) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(List.of("sh", "-c", commandLine)).directory(workingDir.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.redirectErrorStream(false);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(commandLine).isTrue();
        assertThat(process.exitValue()).as(commandLine + "\n" + out + err).isZero();
        return out;
    }
}
