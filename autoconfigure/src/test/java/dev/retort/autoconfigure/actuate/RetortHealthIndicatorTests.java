package dev.retort.autoconfigure.actuate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.autoconfigure.RetortAutoConfiguration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class RetortHealthIndicatorTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, RetortAutoConfiguration.class,
                    RetortHealthContributorAutoConfiguration.class));

    @Test
    void upWhenTheDatabaseIsAtTheTarget() {
        runner.run(ctx -> {
            Health health = indicator(ctx).health(true);
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(engineDetails(health)).containsEntry("upToDate", true)
                    .containsEntry("current", java.util.List.of("1a2b3c4d5e02"));
        });
    }

    @Test
    void outOfServiceListingPendingRevisionsWhenNotMigrated() {
        runner.withPropertyValues("retort.startup=none").run(ctx -> {
            Health health = indicator(ctx).health(true);
            assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
            assertThat(engineDetails(health)).containsEntry("upToDate", false)
                    .containsEntry("pending", java.util.List.of("1a2b3c4d5e01", "1a2b3c4d5e02"));
        });
    }

    @Test
    void theNotAtTargetStatusIsConfigurable() {
        runner.withPropertyValues("retort.startup=none", "retort.health.not-at-target-status=up")
                .run(ctx -> assertThat(indicator(ctx).health(true).getStatus()).isEqualTo(Status.UP));
    }

    @Test
    void downWhenTheDatabaseCannotBeRead(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();
        DriverManager.getConnection(url, "sa", "").close();
        // retort.status-cache=0: every check reads the database (by default one read answers checks for 5 s)
        runner.withPropertyValues("retort.url=" + url + ";IFEXISTS=TRUE", "retort.user=sa", "retort.status-cache=0")
                .run(ctx -> {
            HealthIndicator indicator = indicator(ctx);
            assertThat(indicator.health(true).getStatus()).isEqualTo(Status.UP);
            try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                c.createStatement().execute("SHUTDOWN");
            }
            try (Stream<Path> files = Files.list(dir)) {
                files.forEach(f -> f.toFile().delete());
            }
            assertThat(indicator.health(true).getStatus()).isEqualTo(Status.DOWN);
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void outOfServiceNamingEachProblemTheStateShows() {
        runner.run(ctx -> {
            try (Connection c = ctx.getBean(javax.sql.DataSource.class).getConnection();
                 java.sql.Statement s = c.createStatement()) {
                s.execute("UPDATE retort_history SET checksum = '1:edited' WHERE revision = '1a2b3c4d5e01'");
                s.execute("INSERT INTO retort_version (version_num) VALUES ('0badc0ffee00')");
                s.execute("INSERT INTO retort_history (revision, operation, from_revisions, to_revisions, success, "
                        + "started_at, error) VALUES ('1a2b3c4d5e02', 'upgrade', '1a2b3c4d5e01', '1a2b3c4d5e02', NULL, "
                        + "CURRENT_TIMESTAMP, 'boom')");
            }
            Health health = indicator(ctx).health(true);
            assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
            assertThat(engineDetails(health)).containsEntry("upToDate", false);
            assertThat((java.util.List<String>) engineDetails(health).get("problems")).satisfiesExactlyInAnyOrder(
                    p -> assertThat(p).contains("'0badc0ffee00' names no known revision"),
                    p -> assertThat(p).contains("revision 1a2b3c4d5e02 stopped part-way (boom)"),
                    p -> assertThat(p).contains("revision 1a2b3c4d5e01").contains("changed after it was applied"));
        });
    }

    @Test
    void canBeDisabled() {
        runner.withPropertyValues("management.health.migrations.enabled=false")
                .run(ctx -> assertThat(ctx).doesNotHaveBean(RetortHealthIndicator.class));
    }

    private static HealthIndicator indicator(org.springframework.context.ApplicationContext ctx) {
        return ctx.getBean("migrationsHealthIndicator", HealthIndicator.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> engineDetails(Health health) {
        return (Map<String, Object>) health.getDetails().get("retort");
    }
}
