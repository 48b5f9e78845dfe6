package dev.retort.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.Retort;
import dev.retort.RetortConfiguration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * {@code retort.autogenerate.source=jpa} reaches the engine with what retort-jpa's provider needs to build the
 * entities as the application does: its packages and its {@code spring.jpa.*} settings (the test kit's model test
 * then compares with the entities).
 */
class AutogenerateSourceTests {

    /** Stands for an application class: {@code @SpringBootApplication} registers its package the same way. */
    @Configuration(proxyBeanMethods = false)
    @AutoConfigurationPackage
    static class Application {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, RetortAutoConfiguration.class))
            .withUserConfiguration(Application.class).withPropertyValues("retort.startup=none");

    @Test
    void theSchemaFilesByDefault() {
        runner.run(ctx -> {
            RetortConfiguration config = ctx.getBean(Retort.class).context().config();
            assertThat(config.autogenerateSource()).isEqualTo("schema");
            assertThat(config.autogenerateSettings()).isEmpty();
        });
    }

    @Test
    void jpaGetsTheApplicationsPackagesAndItsJpaSettings() {
        runner.withPropertyValues("retort.autogenerate.source=jpa",
                "spring.jpa.hibernate.naming.physical-strategy=com.example.Physical",
                "spring.jpa.hibernate.naming.implicit-strategy=com.example.Implicit",
                "spring.jpa.database-platform=org.hibernate.dialect.H2Dialect",
                "spring.jpa.properties.hibernate.globally_quoted_identifiers=true").run(ctx -> {
                    RetortConfiguration config = ctx.getBean(Retort.class).context().config();
                    assertThat(config.autogenerateSource()).isEqualTo("jpa");
                    assertThat(config.autogenerateSettings()).containsOnly(
                            Map.entry("autogenerate.entity-packages", Application.class.getPackageName()),
                            Map.entry("jpa.physical-strategy", "com.example.Physical"),
                            Map.entry("jpa.implicit-strategy", "com.example.Implicit"),
                            Map.entry("jpa.database-platform", "org.hibernate.dialect.H2Dialect"),
                            Map.entry("jpa.properties.hibernate.globally_quoted_identifiers", "true"));
                });
    }

    @Test
    void entityPackagesNamedInThePropertiesWin() {
        runner.withPropertyValues("retort.autogenerate.source=JPA",
                "retort.autogenerate.entity-packages=com.example.shop,com.example.billing").run(ctx -> {
                    RetortConfiguration config = ctx.getBean(Retort.class).context().config();
                    assertThat(config.autogenerateSource()).isEqualTo("jpa");
                    assertThat(config.autogenerateSettings()).containsOnly(
                            Map.entry("autogenerate.entity-packages", "com.example.shop,com.example.billing"));
                });
    }
}
