package dev.retort.autoconfigure;

import static dev.retort.autoconfigure.RetortAutoConfigurationTests.dataSource;
import static dev.retort.autoconfigure.RetortAutoConfigurationTests.h2Url;
import static dev.retort.autoconfigure.RetortAutoConfigurationTests.tables;
import static dev.retort.autoconfigure.RetortAutoConfigurationTests.tablesIn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.Retort;
import dev.retort.autoconfigure.actuate.MigrationsDescriptor;
import dev.retort.autoconfigure.actuate.RetortEndpoint;
import dev.retort.autoconfigure.actuate.RetortHealthContributorAutoConfiguration;
import dev.retort.autoconfigure.metrics.RetortMetricsAutoConfiguration;
import dev.retort.tenant.TenantFailedException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Issue 13: several engines (properties, qualified DataSources, the application's own beans) and tenant schemas. */
class ManyEnginesTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, RetortAutoConfiguration.class,
                    RetortHealthContributorAutoConfiguration.class, RetortMetricsAutoConfiguration.class));

    @Test
    void twoRetortBeansOfTheApplicationAreEachMigratedAndEachHasItsHealth() {
        String a = h2Url();
        String b = h2Url();
        runner.withBean("billing", Retort.class, () -> Retort.configure().dataSource(dataSource(a)).load())
                .withBean("catalog", Retort.class, () -> Retort.configure().dataSource(dataSource(b)).load())
                .run(ctx -> {
                    assertThat(ctx).hasNotFailed();
                    assertThat(tables(a)).contains("WIDGET", "RETORT_VERSION");
                    assertThat(tables(b)).contains("WIDGET", "RETORT_VERSION");
                    assertThat(components(ctx.getBean("migrationsHealthIndicator", HealthContributor.class)))
                            .containsOnlyKeys("billing", "catalog").allSatisfy((name, health) ->
                                    assertThat(health.getStatus()).isEqualTo(Status.UP));
                });
    }

    @Test
    void retortDatasourcesDefinesOneEngineEachWithItsOwnPropertiesAndAnEngineTag() {
        String orders = h2Url();
        String billing = h2Url();
        runner.withBean(SimpleMeterRegistry.class).withPropertyValues(
                "retort.datasources.orders.url=" + orders, "retort.datasources.orders.user=sa",
                "retort.datasources.orders.locations=classpath:db/revisions",
                "retort.datasources.billing.url=" + billing, "retort.datasources.billing.user=sa",
                "retort.datasources.billing.locations=classpath:db/revisions",
                "retort.datasources.billing.version-table=billing_version",
                "retort.datasources.billing.target=1a2b3c4d5e01").run(ctx -> {
                    assertThat(ctx).hasNotFailed();
                    assertThat(ctx.getBeansOfType(Retort.class)).containsOnlyKeys("ordersRetort", "billingRetort");
                    assertThat(tables(orders)).contains("WIDGET", "RETORT_VERSION");
                    assertThat(tables(billing)).contains("WIDGET", "BILLING_VERSION").doesNotContain("RETORT_VERSION");
                    assertThat(ctx.getBean("billingRetort", Retort.class).current().current())
                            .extracting(r -> r.revision()).containsExactly("1a2b3c4d5e01");
                    MeterRegistry registry = ctx.getBean(MeterRegistry.class);
                    assertThat(registry.get("retort.migration").tags("engine", "ordersRetort").timers()).hasSize(1);
                    assertThat(registry.get("retort.migration").tags("engine", "billingRetort").timer().count())
                            .isEqualTo(1);
                    assertThat(components(ctx.getBean("migrationsHealthIndicator", HealthContributor.class)))
                            .containsOnlyKeys("billingRetort", "ordersRetort");
                });
    }

    @Test
    void aDataSourceQualifiedWithANameDefinesThatEngineAndThePrimaryIsLeftAlone() {
        String app = h2Url();
        String reporting = h2Url();
        runner.withBean("appDataSource", DataSource.class, () -> dataSource(app), bd -> bd.setPrimary(true))
                .withUserConfiguration(ReportingDataSource.class)
                .withPropertyValues("test.reporting-url=" + reporting,
                        "retort.datasources.reporting.locations=classpath:db/revisions")
                .run(ctx -> {
                    assertThat(ctx).hasNotFailed();
                    assertThat(ctx.getBeansOfType(Retort.class)).containsOnlyKeys("reportingRetort");
                    assertThat(tables(reporting)).contains("WIDGET", "RETORT_VERSION");
                    assertThat(tables(app)).doesNotContain("WIDGET", "RETORT_VERSION");
                });
    }

    @Test
    void tenantSchemasAreEachMigratedAndStartupFailsNamingTheFailedOnesAfterAllRan() throws SQLException {
        String url = h2Url();
        exec(url, "CREATE SCHEMA tenant_a", "CREATE SCHEMA tenant_b", "CREATE SCHEMA tenant_c", "CREATE SCHEMA other",
                "CREATE TABLE tenant_b.widget (id INT)");
        ApplicationContextRunner tenants = runner.withPropertyValues("spring.datasource.url=" + url,
                "retort.tenants.schemas=tenant_*", "retort.tenants.parallelism=2");

        tenants.run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(find(ctx.getStartupFailure(), TenantFailedException.class)).isNotNull()
                    .hasMessageContaining("1 tenant schema(s) failed").hasMessageContaining("TENANT_B: upgrade of");
        });
        assertThat(tablesIn(url, "TENANT_A")).contains("WIDGET", "RETORT_VERSION");
        assertThat(tablesIn(url, "TENANT_C")).contains("WIDGET", "RETORT_VERSION");
        assertThat(tablesIn(url, "OTHER")).isEmpty();
        assertThat(tables(url)).doesNotContain("WIDGET", "RETORT_VERSION");

        tenants.withPropertyValues("retort.tenants.fail-fast=false").run(ctx -> {
            assertThat(ctx).hasNotFailed();
            Health health = ctx.getBean("migrationsHealthIndicator", HealthIndicator.class).health(true);
            assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
            assertThat(health.getDetails()).containsEntry("tenants", 3).containsEntry("migrated", 2)
                    .extractingByKey("failed").asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                    .containsOnlyKeys("TENANT_B");
        });
    }

    @Test
    void aRetortTenantsBeanAddsSchemasTheApplicationComputes() throws SQLException {
        String url = h2Url();
        exec(url, "CREATE SCHEMA acme", "CREATE SCHEMA globex", "CREATE TABLE public.tenant (schema_name VARCHAR(63))",
                "INSERT INTO public.tenant VALUES ('acme'), ('globex')");
        runner.withPropertyValues("spring.datasource.url=" + url)
                .withUserConfiguration(TenantsFromATable.class)
                .run(ctx -> {
                    assertThat(ctx).hasNotFailed();
                    assertThat(tablesIn(url, "ACME")).contains("WIDGET", "RETORT_VERSION");
                    assertThat(tablesIn(url, "GLOBEX")).contains("WIDGET", "RETORT_VERSION");
                    assertThat(ctx.getBean(TenantMigrations.class).results()).containsOnlyKeys("retort");
                    assertThat(ctx.getBean("migrationsHealthIndicator", HealthIndicator.class).health(true)
                            .getStatus()).isEqualTo(Status.UP);
                    MigrationsDescriptor endpoint = new RetortEndpoint(ctx, "head").migrations(null, null);
                    assertThat(endpoint.contexts().values().iterator().next().engines())
                            .containsOnlyKeys("retort/acme", "retort/globex")
                            .allSatisfy((name, engine) -> assertThat(engine.current()).containsExactly("1a2b3c4d5e02"));
                });
    }

    private static Map<String, Health> components(HealthContributor contributor) {
        assertThat(contributor).isInstanceOf(CompositeHealthContributor.class);
        Map<String, Health> health = new java.util.TreeMap<>();
        ((CompositeHealthContributor) contributor).stream().forEach(c -> health.put(c.name(),
                ((HealthIndicator) c.contributor()).health(true)));
        return health;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static void exec(String url, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    /** The example of docs/multi-tenant.md. */
    @Configuration(proxyBeanMethods = false)
    static class TenantsFromATable {

        @Bean
        RetortTenants tenants() {
            return (engine, dataSource) -> {
                try (Connection c = dataSource.getConnection();
                        ResultSet rs = c.createStatement().executeQuery("SELECT schema_name FROM public.tenant")) {
                    List<String> schemas = new ArrayList<>();
                    while (rs.next()) {
                        schemas.add(rs.getString(1));
                    }
                    return schemas;
                }
            };
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class ReportingDataSource {

        @Bean
        @RetortDataSource("reporting")
        DataSource reportingDataSource(Environment env) {
            return dataSource(env.getProperty("test.reporting-url"));
        }
    }
}
