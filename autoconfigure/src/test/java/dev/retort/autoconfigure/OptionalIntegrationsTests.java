package dev.retort.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.Retort;
import dev.retort.autoconfigure.actuate.RetortEndpointAutoConfiguration;
import dev.retort.autoconfigure.actuate.RetortHealthContributorAutoConfiguration;
import dev.retort.autoconfigure.metrics.RetortMetricsAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class OptionalIntegrationsTests {

    @Test
    void migratesWithoutActuatorMicrometerOrJpaOnTheClasspath() {
        new ApplicationContextRunner()
                .withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate",
                        "org.springframework.boot.health", "io.micrometer", "jakarta.persistence",
                        "org.hibernate"))
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        RetortAutoConfiguration.class, RetortEndpointAutoConfiguration.class,
                        RetortHealthContributorAutoConfiguration.class, RetortMetricsAutoConfiguration.class))
                .withPropertyValues("management.endpoints.web.exposure.include=*")
                .run(ctx -> {
                    assertThat(ctx).hasNotFailed().hasSingleBean(Retort.class);
                    assertThat(ctx.getBean(Retort.class).current().current()).hasSize(1);
                    assertThat(ctx.getBeanNamesForType(Object.class))
                            .noneMatch(name -> name.equals("retortEndpoint") || name.equals("migrationsHealthIndicator")
                                    || name.startsWith("retortMigration") && !name.equals("retortMigrationStrategy")
                                            && !name.equals("retortMigrationInitializer"));
                });
    }
}
