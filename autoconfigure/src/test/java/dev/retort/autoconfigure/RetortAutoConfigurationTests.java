package dev.retort.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.JavaRevision;
import dev.retort.Retort;
import dev.retort.Revision;
import dev.retort.RevisionContext;
import dev.retort.TransactionMode;
import dev.retort.command.RevisionSummary;
import dev.retort.command.ValidateCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

@ExtendWith(OutputCaptureExtension.class)
class RetortAutoConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    JdbcTemplateAutoConfiguration.class, RetortAutoConfiguration.class));

    @Test
    void upgradesTheApplicationDataSourceToHeadAtStartup() {
        runner.run(ctx -> {
            assertThat(ctx).hasSingleBean(Retort.class).hasSingleBean(RetortMigrationInitializer.class);
            assertThat(currentIds(ctx.getBean(Retort.class))).containsExactly("1a2b3c4d5e02");
            assertThat(ctx.getBean(JdbcTemplate.class).queryForObject("SELECT name FROM widget WHERE id = 1",
                    String.class)).isEqualTo("sprocket");
        });
    }

    @Test
    void backsOffWhenDisabled() {
        runner.withPropertyValues("retort.enabled=false")
                .run(ctx -> assertThat(ctx).hasNotFailed().doesNotHaveBean(Retort.class)
                        .doesNotHaveBean(RetortMigrationInitializer.class));
    }

    @Test
    void backsOffWithoutADatabase() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(RetortAutoConfiguration.class))
                .run(ctx -> assertThat(ctx).hasNotFailed().doesNotHaveBean(Retort.class));
    }

    @Test
    void migratesASeparateConnectionFromRetortUrl() {
        String url = h2Url();
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(RetortAutoConfiguration.class))
                .withPropertyValues("retort.url=" + url, "retort.user=sa", "retort.password=")
                .run(ctx -> {
                    assertThat(ctx).hasSingleBean(Retort.class);
                    assertThat(tables(url)).contains("WIDGET", "RETORT_VERSION");
                });
    }

    @Test
    void retortUserAloneConnectsToTheApplicationDatabaseAsThatUser() throws SQLException {
        String url = h2Url();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().execute("CREATE USER migrator PASSWORD 'secret' ADMIN");
        }
        runner.withPropertyValues("spring.datasource.url=" + url, "retort.user=migrator", "retort.password=secret")
                .run(ctx -> {
                    SimpleDriverDataSource ds = (SimpleDriverDataSource) ctx.getBean(Retort.class).context().dataSource();
                    assertThat(ds.getUrl()).isEqualTo(url);
                    assertThat(ds.getUsername()).isEqualTo("migrator");
                    assertThat(tables(url)).contains("WIDGET");
                });
    }

    @Test
    void migratesTheRetortDataSourceInsteadOfThePrimaryOne() {
        String appUrl = h2Url();
        String migrationUrl = h2Url();
        runner.withBean("appDataSource", DataSource.class, () -> dataSource(appUrl), bd -> bd.setPrimary(true))
                .withUserConfiguration(QualifiedDataSourceConfiguration.class)
                .withPropertyValues("test.migration-url=" + migrationUrl)
                .run(ctx -> {
                    assertThat(tables(migrationUrl)).contains("WIDGET", "RETORT_VERSION");
                    assertThat(tables(appUrl)).doesNotContain("WIDGET", "RETORT_VERSION");
                });
    }

    @Test
    void usesJdbcConnectionDetailsWhenThereIsNoDataSource() {
        String url = h2Url();
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(RetortAutoConfiguration.class))
                .withBean(JdbcConnectionDetails.class, () -> new JdbcConnectionDetails() {
                    @Override
                    public String getUsername() {
                        return "sa";
                    }

                    @Override
                    public String getPassword() {
                        return "";
                    }

                    @Override
                    public String getJdbcUrl() {
                        return url;
                    }
                })
                .run(ctx -> assertThat(tables(url)).contains("WIDGET"));
    }

    @Test
    void aCustomStrategyReplacesTheStartupMigration() {
        List<Retort> calls = new ArrayList<>();
        runner.withBean(RetortMigrationStrategy.class, () -> calls::add).run(ctx -> {
            assertThat(calls).containsExactly(ctx.getBean(Retort.class));
            assertThat(tables(ctx.getBean(DataSource.class))).doesNotContain("WIDGET");
        });
    }

    @Test
    void validateModeFailsStartupListingWhatDiffers() {
        runner.withPropertyValues("retort.startup=validate").run(ctx -> {
            assertThat(ctx).hasFailed();
            Throwable cause = ctx.getStartupFailure();
            while (cause.getCause() != null && !(cause instanceof ValidateCommand.ValidationException)) {
                cause = cause.getCause();
            }
            assertThat(cause).isInstanceOf(ValidateCommand.ValidationException.class)
                    .hasMessageContaining("revision 1a2b3c4d5e01")
                    .hasMessageContaining("revision 1a2b3c4d5e02")
                    .hasMessageContaining("is pending");
        });
    }

    @Test
    void validateModeFailsStartupOnAChangedScript(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("1a2b3c4d5e01_create_widget.sql");
        try (var in = getClass().getResourceAsStream("/db/revisions/1a2b3c4d5e01_create_widget.sql")) {
            Files.copy(in, script);
        }
        String url = h2Url();
        ApplicationContextRunner onUrl = runner.withPropertyValues("spring.datasource.url=" + url,
                "retort.locations=filesystem:" + dir);
        onUrl.run(ctx -> assertThat(ctx).hasNotFailed());
        Files.writeString(script, Files.readString(script).replace("NOT NULL", "NULL"));
        onUrl.withPropertyValues("retort.startup=validate").run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(ctx.getStartupFailure()).rootCause().hasMessageContaining("1a2b3c4d5e01_create_widget.sql")
                    .hasMessageContaining("checksum");
        });
    }

    @Test
    void validateModeStartsWhenTheDatabaseIsAtTheTarget() {
        String url = h2Url();
        ApplicationContextRunner onUrl = runner.withPropertyValues("spring.datasource.url=" + url);
        onUrl.run(ctx -> assertThat(ctx).hasNotFailed());
        onUrl.withPropertyValues("retort.startup=validate").run(ctx -> assertThat(ctx).hasNotFailed());
    }

    @Test
    void startupNoneLeavesTheDatabaseAlone() {
        runner.withPropertyValues("retort.startup=none").run(ctx -> {
            assertThat(ctx).hasSingleBean(Retort.class);
            assertThat(tables(ctx.getBean(DataSource.class))).doesNotContain("WIDGET");
        });
    }

    @Test
    void dryRunLogsTheSqlAndChangesNothing(CapturedOutput output) {
        runner.withPropertyValues("retort.dry-run=true").run(ctx -> {
            assertThat(tables(ctx.getBean(DataSource.class))).doesNotContain("WIDGET", "RETORT_VERSION");
            assertThat(output).contains("retort.dry-run=true")
                    .contains("CREATE TABLE widget")
                    .contains("INSERT INTO widget (id, name) VALUES (1, 'sprocket')");
        });
    }

    @Test
    void placeholdersAreSubstitutedInSql() {
        runner.withPropertyValues("retort.locations=classpath:db/placeholders", "retort.placeholders.table=gadget")
                .run(ctx -> assertThat(tables(ctx.getBean(DataSource.class))).contains("GADGET"));
    }

    @Test
    void customizersAdjustTheConfiguration() {
        runner.withBean(RetortConfigurationCustomizer.class, () -> c -> c.versionTable("custom_version"))
                .run(ctx -> assertThat(tables(ctx.getBean(DataSource.class)))
                        .contains("CUSTOM_VERSION").doesNotContain("RETORT_VERSION"));
    }

    @Test
    void propertiesConfigureTheEngine() {
        runner.withPropertyValues("retort.version-table=app_version", "retort.history-table=app_history",
                "retort.target=1a2b3c4d5e01", "retort.transaction-mode=per-revision", "retort.lock.enabled=false",
                "retort.lock.timeout=5s", "retort.validate-checksums=false",
                "retort.autogenerate.schema=classpath:db/model.sql,filesystem:ddl",
                "retort.autogenerate.exclude-tables=legacy_*,!legacy_keep").run(ctx -> {
                    Retort retort = ctx.getBean(Retort.class);
                    assertThat(currentIds(retort)).containsExactly("1a2b3c4d5e01");
                    assertThat(tables(ctx.getBean(DataSource.class))).contains("APP_VERSION", "APP_HISTORY");
                    var config = retort.context().config();
                    assertThat(config.transactionMode()).isEqualTo(TransactionMode.PER_REVISION);
                    assertThat(config.lockEnabled()).isFalse();
                    assertThat(config.lockTimeout()).isEqualTo(Duration.ofSeconds(5));
                    assertThat(config.validateChecksums()).isFalse();
                    assertThat(config.autogenerateSchema()).containsExactly("classpath:db/model.sql", "filesystem:ddl");
                    assertThat(config.autogenerateExcludeTables()).containsExactly("legacy_*", "!legacy_keep");
                });
    }

    @Test
    void transactionModeAllIsRefusedWhereDdlIsNotTransactional() {
        runner.withPropertyValues("retort.transaction-mode=all").run(ctx -> assertThat(ctx).hasFailed()
                .getFailure().rootCause().hasMessageContaining("transaction-mode=all")
                .hasMessageContaining("h2"));
    }

    @Test
    void targetHeadsIsAccepted() {
        runner.withPropertyValues("retort.target=heads")
                .run(ctx -> assertThat(currentIds(ctx.getBean(Retort.class))).containsExactly("1a2b3c4d5e02"));
    }

    @Test
    void schemaPropertyPlacesTheStateTables() {
        String url = h2Url();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().execute("CREATE SCHEMA ops");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        runner.withPropertyValues("spring.datasource.url=" + url, "retort.schema=OPS").run(ctx -> {
            assertThat(ctx).hasNotFailed();
            assertThat(tablesIn(url, "OPS")).contains("RETORT_VERSION", "RETORT_HISTORY");
        });
    }

    @Test
    void javaRevisionBeansJoinTheGraph() {
        runner.withBean(RenameSprocket.class).run(ctx -> {
            assertThat(currentIds(ctx.getBean(Retort.class))).containsExactly("1a2b3c4d5e03");
            assertThat(ctx.getBean(JdbcTemplate.class).queryForObject("SELECT name FROM widget WHERE id = 1",
                    String.class)).isEqualTo("cog");
        });
    }

    @Test
    void schemaManagementProviderClaimsOnlyTheMigratedDataSource() {
        runner.run(ctx -> {
            SchemaManagementProvider provider = ctx.getBean(SchemaManagementProvider.class);
            assertThat(provider.getSchemaManagement(ctx.getBean(DataSource.class))).isEqualTo(SchemaManagement.MANAGED);
            assertThat(provider.getSchemaManagement(dataSource(h2Url()))).isEqualTo(SchemaManagement.UNMANAGED);
        });
    }

    @Revision(id = "1a2b3c4d5e03", downRevision = "1a2b3c4d5e02", message = "rename the sprocket")
    static class RenameSprocket implements JavaRevision {

        @Override
        public void upgrade(RevisionContext context) throws SQLException {
            context.update("UPDATE widget SET name = ? WHERE id = 1", "cog");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class QualifiedDataSourceConfiguration {

        @Bean
        @RetortDataSource
        DataSource migrationDataSource(org.springframework.core.env.Environment env) {
            return dataSource(env.getProperty("test.migration-url"));
        }
    }

    static List<String> currentIds(Retort retort) {
        return retort.current().current().stream().map(RevisionSummary::revision).toList();
    }

    static String h2Url() {
        return "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    static DataSource dataSource(String url) {
        return DataSourceBuilder.create().url(url).username("sa").password("").build();
    }

    static List<String> tables(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            return tables(c, null);
        }
    }

    static List<String> tables(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection()) {
            return tables(c, null);
        }
    }

    static List<String> tablesIn(String url, String schema) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            return tables(c, schema);
        }
    }

    private static List<String> tables(Connection c, String schema) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, schema == null ? "PUBLIC" : schema, "%",
                new String[] { "TABLE" })) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }
}
