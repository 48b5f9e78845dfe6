package dev.retort.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, the Kubernetes job pattern: the sample app started as a process with the {@code job} profile migrates
 * and exits 0, exits non-zero when a revision fails, and with the {@code serving} profile refuses to start while
 * revisions are pending.
 */
class JobModeTests {

    @TempDir
    Path dir;

    @Test
    void theJobProfileMigratesAndExitsZero() throws Exception {
        String db = database();

        Run job = start("job", db);

        assertThat(job.code()).as(job.log()).isZero();
        assertThat(job.log()).contains("upgrade head: applied 5 revision(s)").doesNotContain("Tomcat started");
        Run serving = start("serving", db, "--spring.main.web-application-type=none");
        assertThat(serving.code()).as(serving.log()).isZero();
        assertThat(serving.log()).contains("retort.startup=validate: the database is at head");
    }

    @Test
    void theJobExitsNonZeroWhenARevisionFails() throws Exception {
        Path extra = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(extra.resolve("9f9f9f9f9f01_broken.sql"), """
                -- revision: 9f9f9f9f9f01
                -- down_revision: %s
                -- message: broken

                -- retort:upgrade
                INSERT INTO no_such_table (id) VALUES (1);
                """.formatted(SampleApplicationTests.HEAD));

        Run job = start("job", database(), "--retort.locations=classpath:db/revisions,filesystem:" + extra);

        assertThat(job.code()).as(job.log()).isNotZero();
        assertThat(job.log()).contains("9f9f9f9f9f01").contains("no_such_table".toUpperCase());
    }

    @Test
    void theServingProfileRefusesToStartWhileRevisionsArePending() throws Exception {
        Run serving = start("serving", database(), "--spring.main.web-application-type=none");

        assertThat(serving.code()).as(serving.log()).isNotZero();
        assertThat(serving.log()).contains("pending");
    }

    private String database() {
        return "jdbc:h2:file:" + dir.resolve("db-" + UUID.randomUUID()).toAbsolutePath();
    }

    private record Run(int code, String log) {
    }

    private Run start(String profile, String url, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), SampleApplication.class.getName(),
                "--spring.profiles.active=" + profile, "--spring.datasource.url=" + url));
        command.addAll(List.of(args));
        Path log = Files.createTempFile(dir, profile, ".log");
        Process app = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!app.waitFor(3, TimeUnit.MINUTES)) {
            app.destroyForcibly();
            throw new AssertionError("the app did not exit within 3 minutes:\n" + Files.readString(log));
        }
        return new Run(app.exitValue(), Files.readString(log));
    }
}
