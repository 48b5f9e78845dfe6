package dev.retort.bench.startup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.Retort;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Which beans case 5 counts as the migration library's: all of them, and only that library's. */
class MigrationBeanTimerTest {

    @Test
    void withRetortOnEveryRetortBeanCountsAndNothingElse() {
        assertThat(MigrationBeanTimer.isMigration(true, Retort.class, "retort")).isTrue();
        assertThat(MigrationBeanTimer.isMigration(true, dev.retort.autoconfigure.RetortProperties.class,
                "retort-dev.retort.autoconfigure.RetortProperties")).isTrue();
        assertThat(MigrationBeanTimer.isMigration(true, Object.class, "retortMigrationInitializer")).isTrue();
        assertThat(MigrationBeanTimer.isMigration(true, DataSource.class, "dataSource")).isFalse();
        assertThat(MigrationBeanTimer.isMigration(true, MigrationBeanTimer.class, "migrationBeanTimer")).isFalse();
        assertThat(MigrationBeanTimer.isMigration(true, Object.class, "flywayInitializer")).isFalse();
    }

    @Test
    void withRetortOffFlywaysBeansCountAndRetortsDoNot() {
        assertThat(MigrationBeanTimer.isMigration(false, Object.class, "flyway")).isTrue();
        assertThat(MigrationBeanTimer.isMigration(false, org.flywaydb.core.Flyway.class, "f")).isTrue();
        assertThat(MigrationBeanTimer.isMigration(false, dev.retort.autoconfigure.metrics.MigrationObservationListener.class,
                "retortMigrationObservationListener")).isFalse();
        assertThat(MigrationBeanTimer.isMigration(false, DataSource.class, "dataSource")).isFalse();
    }

    @Test
    void aBeanDeclaredByARetortConfigurationCountsWhateverItsType() {
        org.springframework.beans.factory.support.DefaultListableBeanFactory beans =
                new org.springframework.beans.factory.support.DefaultListableBeanFactory();
        beans.registerBeanDefinition(dev.retort.autoconfigure.actuate.RetortHealthContributorAutoConfiguration.class.getName(),
                new org.springframework.beans.factory.support.RootBeanDefinition(dev.retort.autoconfigure.actuate.RetortHealthContributorAutoConfiguration.class));
        org.springframework.beans.factory.support.RootBeanDefinition health =
                new org.springframework.beans.factory.support.RootBeanDefinition();
        health.setFactoryBeanName(dev.retort.autoconfigure.actuate.RetortHealthContributorAutoConfiguration.class.getName());
        health.setFactoryMethodName("migrationsHealthIndicator");
        beans.registerBeanDefinition("migrationsHealthIndicator", health);
        MigrationBeanTimer timer = new MigrationBeanTimer(true);
        timer.setBeanFactory(beans);
        timer.postProcessBeforeInstantiation(Runnable.class, "migrationsHealthIndicator");
        timer.postProcessAfterInitialization(new Object(), "migrationsHealthIndicator");
        assertThat(timer.detail()).startsWith("migrationsHealthIndicator:");
    }

    /** A DataSource whose getConnection takes at least 20 ms, as a pool opening its database does. */
    private static DataSource slowToConnect() {
        return (DataSource) java.lang.reflect.Proxy.newProxyInstance(MigrationBeanTimerTest.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        Thread.sleep(20);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void gettingAConnectionInsideAMigrationBeanIsCountedApartAndOnlyThere() throws Exception {
        MigrationBeanTimer timer = new MigrationBeanTimer(true);
        DataSource dataSource = (DataSource) timer.postProcessAfterInitialization(slowToConnect(), "dataSource");
        assertThat(dataSource).isInstanceOf(org.springframework.jdbc.datasource.DelegatingDataSource.class);

        dataSource.getConnection(); // no migration bean is being created: not counted
        assertThat(timer.connectMillis()).isZero();

        timer.postProcessBeforeInstantiation(Object.class, "retortMigrationInitializer");
        dataSource.getConnection();
        timer.postProcessAfterInitialization(new Object(), "retortMigrationInitializer");
        assertThat(timer.connectMillis()).isGreaterThanOrEqualTo(20).isLessThanOrEqualTo(timer.totalMillis());
        assertThat(timer.postProcessAfterInitialization(dataSource, "dataSource")).isSameAs(dataSource);
    }
}
