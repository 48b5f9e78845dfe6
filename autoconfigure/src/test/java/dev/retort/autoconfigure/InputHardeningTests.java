package dev.retort.autoconfigure;

import static dev.retort.autoconfigure.RetortAutoConfigurationTests.h2Url;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.autoconfigure.actuate.RetortEndpoint;
import dev.retort.autoconfigure.actuate.RetortEndpointAutoConfiguration;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Issue 11's input hardening in the starter: targets, durations, placeholders and secrets. */
class InputHardeningTests {

    @TempDir
    Path revisions;

    private String url;
    private ApplicationContextRunner runner;

    @BeforeEach
    void setUp() throws Exception {
        Files.writeString(revisions.resolve("70c0e001_token.sql"), """
                -- revision: 70c0e001
                -- down_revision:
                -- message: token

                -- retort:upgrade
                CREATE TABLE secret_holder (v VARCHAR(40));
                INSERT INTO secret_holder VALUES ('${token}');

                -- retort:downgrade
                DROP TABLE secret_holder;
                """);
        url = h2Url();
        runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, RetortAutoConfiguration.class,
                        EndpointAutoConfiguration.class, RetortEndpointAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=" + url, "retort.locations=filesystem:" + revisions,
                        "management.endpoints.web.exposure.include=migrations");
    }

    private String stored() throws Exception {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT v FROM secret_holder")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String everything(Throwable failure) {
        StringWriter out = new StringWriter();
        failure.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    @Test
    void theEndpointShowsSqlAsWrittenNotThePlaceholdersValue() {
        runner.withPropertyValues("retort.placeholders.token=s3cr3t-t0ken").run(ctx -> {
            assertThat(ctx).hasNotFailed();
            assertThat(stored()).isEqualTo("s3cr3t-t0ken");
            var shown = ctx.getBean(RetortEndpoint.class).revision("70c0e001");
            assertThat(shown.upgradeSql()).contains("'${token}'").doesNotContain("s3cr3t-t0ken");
        });
    }

    @Test
    void aPlaceholderWithoutAValueStopsStartupNamingFileLineAndName() {
        runner.run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(everything(ctx.getStartupFailure())).contains("70c0e001_token.sql:7",
                    "placeholder ${token} has no value", "retort.placeholder-replacement=false");
        });
    }

    @Test
    void replacementOffRunsTheSqlAsWritten() {
        runner.withPropertyValues("retort.placeholder-replacement=false").run(ctx -> {
            assertThat(ctx).hasNotFailed();
            assertThat(stored()).isEqualTo("${token}");
        });
    }

    @Test
    void anEmptyTargetStopsStartupInsteadOfMeaningBase() {
        runner.withPropertyValues("retort.placeholders.token=x", "retort.target=").run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(everything(ctx.getStartupFailure())).contains("retort.target is empty");
        });
    }

    @Test
    void aNegativeLockTimeoutStopsStartup() {
        runner.withPropertyValues("retort.placeholders.token=x", "retort.lock.timeout=-5s").run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(everything(ctx.getStartupFailure())).contains("lock.timeout must not be negative");
        });
    }

    @Test
    void theMigrationUrlsPasswordIsInNoMessageOrStackTrace() {
        runner.withPropertyValues("retort.placeholders.token=x",
                "retort.url=jdbc:mariadb://root:wrongPW123@127.0.0.1:3306/db", "retort.user=root").run(ctx -> {
                    assertThat(ctx).hasFailed();
                    assertThat(everything(ctx.getStartupFailure())).contains("Cannot connect")
                            .doesNotContain("wrongPW123");
                });
    }
}
