package dev.retort.autoconfigure;

import static dev.retort.autoconfigure.RetortAutoConfigurationTests.currentIds;
import static dev.retort.autoconfigure.RetortAutoConfigurationTests.h2Url;
import static dev.retort.autoconfigure.RetortAutoConfigurationTests.tablesIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import dev.retort.ConfigurationException;
import dev.retort.Retort;
import dev.retort.RetortConfiguration;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Flyway's operational properties under their Retort names, with Flyway's meaning (issue 12, item 4). */
@ExtendWith(OutputCaptureExtension.class)
class OperationalPropertiesTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, RetortAutoConfiguration.class));

    @Test
    void everyPropertyReachesTheEngine() {
        runner.withPropertyValues("retort.startup=none", "retort.connect-retries=4",
                "retort.connect-retries-interval=7s", "retort.baseline-on-upgrade=true",
                "retort.baseline-revision=1a2b3c4d5e01", "retort.create-schemas=false",
                "retort.init-sqls=SET @a = 1,SET @b = 2", "retort.installed-by=deploy-bot",
                "retort.fail-on-missing-locations=true").run(ctx -> {
                    RetortConfiguration config = ctx.getBean(Retort.class).context().config();
                    assertThat(config.connectRetries()).isEqualTo(4);
                    assertThat(config.connectRetriesInterval()).isEqualTo(Duration.ofSeconds(7));
                    assertThat(config.baselineOnUpgrade()).isTrue();
                    assertThat(config.baselineRevision()).isEqualTo("1a2b3c4d5e01");
                    assertThat(config.createSchemas()).isFalse();
                    assertThat(config.initSqls()).containsExactly("SET @a = 1", "SET @b = 2");
                    assertThat(config.installedBy()).isEqualTo("deploy-bot");
                    assertThat(config.failOnMissingLocations()).isTrue();
                });
    }

    @Test
    void theDefaultsAreFlyways() {
        RetortProperties defaults = new RetortProperties();
        assertThat(defaults.getConnectRetries()).isZero();
        assertThat(defaults.getConnectRetriesInterval()).isEqualTo(Duration.ofSeconds(120));
        assertThat(defaults.isBaselineOnUpgrade()).isFalse();
        assertThat(defaults.isCreateSchemas()).isTrue();
        assertThat(defaults.getInitSqls()).isEmpty();
        assertThat(defaults.getInstalledBy()).isNull();
        assertThat(defaults.isFailOnMissingLocations()).isFalse();
    }

    @Test
    void theConfigurationMetadataDescribesEachWithItsDefault() throws Exception {
        String metadata = new String(new ClassPathResource("META-INF/spring-configuration-metadata.json")
                .getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        DocumentContext json = JsonPath.parse(metadata);
        Function<String, List<Object>> defaults = name -> json.read(
                "$.properties[?(@.name == '" + name + "')].defaultValue");
        assertThat(defaults.apply("retort.connect-retries")).containsExactly(0);
        assertThat(defaults.apply("retort.connect-retries-interval")).containsExactly("120s");
        assertThat(defaults.apply("retort.create-schemas")).containsExactly(true);
        assertThat(defaults.apply("retort.baseline-on-upgrade")).containsExactly(false);
        assertThat(defaults.apply("retort.fail-on-missing-locations")).containsExactly(false);
        assertThat(defaults.apply("management.health.migrations.enabled")).containsExactly(true);
        for (String name : List.of("retort.baseline-revision", "retort.init-sqls", "retort.installed-by")) {
            assertThat(json.<List<String>>read("$.properties[?(@.name == '" + name + "')].description"))
                    .singleElement().asString().isNotBlank();
        }
        assertThat(metadata).doesNotContain("(PostgreSQL, H2)");
    }

    @Test
    void anExplicitLocationThatDoesNotExistFailsStartupNamingIt() {
        runner.withPropertyValues("retort.locations=classpath:db/nope").run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(ctx.getStartupFailure()).rootCause().isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("The revision location classpath:db/nope does not exist");
        });
    }

    @Test
    void theDefaultLocationMissingLogsOneWarningOrFailsWhenAsked(CapturedOutput output) {
        ApplicationContextRunner withoutRevisions = runner
                .withClassLoader(new FilteredClassLoader(new ClassPathResource("db/revisions")));
        withoutRevisions.run(ctx -> {
            assertThat(ctx).hasNotFailed();
            assertThat(output).containsOnlyOnce("The revision location classpath:db/revisions does not exist");
        });
        withoutRevisions.withPropertyValues("retort.fail-on-missing-locations=true").run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(ctx.getStartupFailure()).rootCause()
                    .hasMessageContaining("retort.fail-on-missing-locations=true");
        });
    }

    @Test
    void baselineOnUpgradeAdoptsAnExistingDatabase() throws SQLException {
        String url = h2Url();
        exec(url, "CREATE TABLE widget (id INT PRIMARY KEY, name VARCHAR(100) NOT NULL)");
        runner.withPropertyValues("spring.datasource.url=" + url, "retort.baseline-on-upgrade=true",
                "retort.baseline-revision=1a2b3c4d5e01").run(ctx -> {
                    assertThat(ctx).hasNotFailed();
                    assertThat(currentIds(ctx.getBean(Retort.class))).containsExactly("1a2b3c4d5e02");
                    assertThat(new JdbcTemplate(ctx.getBean(DataSource.class))
                            .queryForList("SELECT operation FROM retort_history ORDER BY id", String.class))
                            .containsExactly("stamp", "upgrade");
                });
    }

    @Test
    void createSchemasCreatesTheConfiguredSchema() throws SQLException {
        String url = h2Url();
        runner.withPropertyValues("spring.datasource.url=" + url, "retort.schema=ops").run(ctx -> {
            assertThat(ctx).hasNotFailed();
            assertThat(tablesIn(url, "OPS")).contains("RETORT_VERSION", "RETORT_HISTORY");
        });
        runner.withPropertyValues("spring.datasource.url=" + h2Url(), "retort.schema=ops",
                "retort.create-schemas=false").run(ctx -> assertThat(ctx).hasFailed());
    }

    @Test
    void initSqlsRunOnTheMigrationConnectionFirst() throws SQLException {
        String url = h2Url();
        exec(url, "CREATE SCHEMA app");
        runner.withPropertyValues("spring.datasource.url=" + url, "retort.init-sqls=SET SCHEMA app").run(ctx -> {
            assertThat(ctx).hasNotFailed();
            assertThat(tablesIn(url, "APP")).contains("WIDGET", "RETORT_VERSION");
        });
    }

    @Test
    void installedByDefaultsToTheDatabaseUserOfTheMigrationConnection() {
        runner.withPropertyValues("spring.datasource.url=" + h2Url(), "spring.datasource.username=sa").run(ctx ->
                assertThat(new JdbcTemplate(ctx.getBean(DataSource.class))
                        .queryForList("SELECT DISTINCT installed_by FROM retort_history", String.class))
                        .containsExactly("SA"));
        runner.withPropertyValues("spring.datasource.url=" + h2Url(), "retort.installed-by=deploy-bot").run(ctx ->
                assertThat(new JdbcTemplate(ctx.getBean(DataSource.class))
                        .queryForList("SELECT DISTINCT installed_by FROM retort_history", String.class))
                        .containsExactly("deploy-bot"));
    }

    @Test
    void aSuccessfulValidateLogsOneInfoLine(CapturedOutput output) throws SQLException {
        String url = h2Url();
        runner.withPropertyValues("spring.datasource.url=" + url).run(ctx -> assertThat(ctx).hasNotFailed());
        runner.withPropertyValues("spring.datasource.url=" + url, "retort.startup=validate").run(ctx -> {
            assertThat(ctx).hasNotFailed();
            assertThat(output).containsOnlyOnce(
                    "retort.startup=validate: the database is at head (1a2b3c4d5e02) with unchanged scripts");
        });
    }

    private static void exec(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().execute(sql);
        }
    }
}
