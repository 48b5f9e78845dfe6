package dev.retort.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.autoconfigure.jpa.Widget;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceInitializationAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

class DatabaseInitializationOrderTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    JdbcTemplateAutoConfiguration.class, RetortAutoConfiguration.class));

    @Test
    void aBeanReadingAMigratedTableInItsConstructorStartsAfterTheMigration() {
        runner.withBean(WidgetReader.class).run(ctx -> {
            assertThat(ctx).hasNotFailed();
            assertThat(ctx.getBean(WidgetReader.class).firstName).isEqualTo("sprocket");
        });
    }

    @Test
    void sqlInitScriptsRunAfterTheMigration() {
        runner.withConfiguration(AutoConfigurations.of(DataSourceInitializationAutoConfiguration.class))
                .withPropertyValues("spring.sql.init.data-locations=classpath:sql/more-widgets.sql")
                .run(ctx -> {
                    assertThat(ctx).hasNotFailed();
                    assertThat(ctx.getBean(JdbcTemplate.class).queryForList("SELECT name FROM widget ORDER BY id",
                            String.class)).containsExactly("sprocket", "gear");
                });
    }

    @Test
    void jdbcTemplateDependsOnTheMigrationInitializer() {
        runner.run(ctx -> assertThat(ctx.getBeanFactory().getBeanDefinition("jdbcTemplate").getDependsOn())
                .contains("retortMigrationInitializer"));
    }

    @Test
    void hibernateDefaultDdlAutoBacksOffOnAMigratedEmbeddedDatabase() {
        runner.withConfiguration(AutoConfigurations.of(HibernateJpaAutoConfiguration.class,
                TransactionAutoConfiguration.class))
                .withUserConfiguration(JpaEntities.class)
                .run(ctx -> {
                    assertThat(ctx).hasNotFailed();
                    assertThat(ctx.getBean(EntityManagerFactory.class).getProperties())
                            .doesNotContainEntry("hibernate.hbm2ddl.auto", "create-drop");
                    assertThat(ctx.getBean(JdbcTemplate.class).queryForObject("SELECT name FROM widget WHERE id = 1",
                            String.class)).isEqualTo("sprocket");
                });
    }

    @Test
    void hibernateDdlAutoValidateSeesTheMigratedTables() {
        ApplicationContextRunner jpa = runner.withConfiguration(AutoConfigurations.of(
                HibernateJpaAutoConfiguration.class, TransactionAutoConfiguration.class))
                .withUserConfiguration(JpaEntities.class)
                .withPropertyValues("spring.jpa.hibernate.ddl-auto=validate");
        // Hibernate validates the entities against the tables when it starts: the migration must have run before
        jpa.run(ctx -> assertThat(ctx).hasNotFailed());
        // and the check is real: without the migration, validation fails on the missing table
        jpa.withPropertyValues("retort.startup=none").run(ctx -> assertThat(ctx).hasFailed()
                .getFailure().rootCause().hasMessageContaining("widget"));
    }

    static class WidgetReader {

        final String firstName;

        WidgetReader(JdbcTemplate jdbc) {
            firstName = jdbc.queryForObject("SELECT name FROM widget WHERE id = 1", String.class);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EntityScan(basePackageClasses = Widget.class)
    static class JpaEntities {
    }
}
