package dev.retort.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.Retort;
import dev.retort.testing.ServerSql;
import dev.retort.testing.TestDatabase;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetailsFactories;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.boot.testcontainers.service.connection.ServiceConnectionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The connection-details factories registered in META-INF/spring.factories: a {@code @ServiceConnection}
 * JdbcDatabaseContainer and a Docker Compose database feed Retort, the way they feed Flyway. No Docker here: the
 * container stands for an already running PostgreSQL (the test server), which is what Boot reads from it.
 */
class ServiceConnectionTests {

    @RegisterExtension
    static TestDatabase pg = TestDatabase.postgres();

    @Test
    void aServiceConnectionContainerIsMigratedEvenWhenTheAppBuildsItsOwnDataSource() {
        String appUrl = RetortAutoConfigurationTests.h2Url();
        ServerSql.reset(pg);
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ServiceConnectionAutoConfiguration.class,
                        DataSourceAutoConfiguration.class, RetortAutoConfiguration.class))
                .withUserConfiguration(ContainerConfiguration.class)
                .withBean("appDataSource", DataSource.class, () -> RetortAutoConfigurationTests.dataSource(appUrl))
                .run(ctx -> {
                    assertThat(ctx).hasNotFailed();
                    assertThat(ctx.getBean(RetortConnectionDetails.class).getJdbcUrl()).isEqualTo(pg.url());
                    assertThat(ServerSql.tables(pg)).contains("widget", "retort_version");
                    assertThat(RetortAutoConfigurationTests.tables(appUrl)).doesNotContain("WIDGET", "RETORT_VERSION");
                    assertThat(ctx.getBean(Retort.class).context().dialect().name()).isEqualTo("postgresql");
                });
    }

    @Test
    void dockerComposeJdbcConnectionDetailsAreAdaptedForRetort() {
        JdbcConnectionDetails compose = new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return "app";
            }

            @Override
            public String getPassword() {
                return "secret";
            }

            @Override
            public String getJdbcUrl() {
                return "jdbc:postgresql://db:5432/app";
            }
        };
        // what Boot's Docker Compose support does with the JdbcConnectionDetails it made for a service
        Map<Class<?>, ConnectionDetails> adapted = new ConnectionDetailsFactories(getClass().getClassLoader())
                .getConnectionDetails(compose, false);
        assertThat(adapted).containsKey(RetortConnectionDetails.class);
        RetortConnectionDetails details = (RetortConnectionDetails) adapted.get(RetortConnectionDetails.class);
        assertThat(details.getJdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/app");
        assertThat(details.getUsername()).isEqualTo("app");
        assertThat(details.getPassword()).isEqualTo("secret");
        assertThat(details.getDriverClassName()).isEqualTo("org.postgresql.Driver");
    }

    @Configuration(proxyBeanMethods = false)
    static class ContainerConfiguration {

        @Bean
        @ServiceConnection
        RunningPostgres database() {
            return new RunningPostgres(pg.url());
        }
    }

    /** A PostgreSQLContainer for a server that is already running: Boot reads its URL, nothing starts Docker. */
    static class RunningPostgres extends PostgreSQLContainer {

        private final String url;

        RunningPostgres(String url) {
            super("postgres:15-alpine");
            this.url = url;
        }

        @Override
        public void start() {
        }

        @Override
        public void stop() {
        }

        @Override
        public boolean isRunning() {
            return true;
        }

        @Override
        public String getJdbcUrl() {
            return url;
        }

        @Override
        public String getUsername() {
            return null; // in the URL
        }

        @Override
        public String getPassword() {
            return null;
        }
    }
}
