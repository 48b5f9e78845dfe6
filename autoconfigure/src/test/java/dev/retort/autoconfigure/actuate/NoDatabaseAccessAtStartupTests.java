package dev.retort.autoconfigure.actuate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.autoconfigure.RetortAutoConfiguration;
import dev.retort.autoconfigure.metrics.RetortMeterBinder;
import dev.retort.autoconfigure.metrics.RetortMetricsAutoConfiguration;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The health indicator, the gauges and the endpoint read the database when asked, never while the application starts:
 * with {@code retort.startup=none} nothing of Retort's connects until the first health check, scrape or request.
 */
class NoDatabaseAccessAtStartupTests {

    private final CountingDataSource dataSource = new CountingDataSource();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(RetortAutoConfiguration.class,
                    RetortHealthContributorAutoConfiguration.class, RetortMetricsAutoConfiguration.class,
                    EndpointAutoConfiguration.class, RetortEndpointAutoConfiguration.class))
            .withBean(DataSource.class, () -> dataSource)
            .withBean(SimpleMeterRegistry.class)
            .withPropertyValues("retort.startup=none", "management.endpoints.web.exposure.include=migrations");

    @Test
    void healthGaugesAndEndpointConnectOnlyWhenRead() {
        runner.run(ctx -> {
            assertThat(ctx).hasNotFailed();
            HealthIndicator health = ctx.getBean("migrationsHealthIndicator", HealthIndicator.class);
            SimpleMeterRegistry registry = ctx.getBean(SimpleMeterRegistry.class);
            ctx.getBean(RetortMeterBinder.class).bindTo(registry);
            RetortEndpoint endpoint = ctx.getBean(RetortEndpoint.class);
            assertThat(dataSource.connections).as("connections while starting").hasValue(0);

            assertThat(health.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
            assertThat(dataSource.connections.get()).isPositive();
            int afterHealth = dataSource.connections.get();
            assertThat(registry.get("retort.revisions.pending").gauge().value()).isEqualTo(2);
            assertThat(endpoint.migrations(null, null).contexts()).isNotEmpty();
            assertThat(dataSource.connections.get()).isGreaterThanOrEqualTo(afterHealth);
        });
    }

    /** An in-memory H2 database that counts the connections taken from it. */
    static final class CountingDataSource extends DelegatingDataSource {

        final AtomicInteger connections = new AtomicInteger();

        CountingDataSource() {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:no-access-at-startup-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
            h2.setUser("sa");
            setTargetDataSource(h2);
        }

        @Override
        public Connection getConnection() throws SQLException {
            connections.incrementAndGet();
            return super.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            connections.incrementAndGet();
            return super.getConnection(username, password);
        }
    }
}
