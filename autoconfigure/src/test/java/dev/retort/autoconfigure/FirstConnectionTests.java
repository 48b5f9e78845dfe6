package dev.retort.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

class FirstConnectionTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, RetortAutoConfiguration.class))
            .withPropertyValues("spring.datasource.url=jdbc:h2:mem:first-connection-" + System.nanoTime()
                    + ";DB_CLOSE_DELAY=-1");

    @Test
    void onlyPoolsAreOpenedAhead() {
        try (HikariDataSource hikari = new HikariDataSource()) {
            assertThat(FirstConnection.isPool(hikari)).isTrue();
            assertThat(FirstConnection.isPool(new DelegatingDataSource(hikari))).isTrue();
        }
        assertThat(FirstConnection.isPool(new SimpleDriverDataSource())).isFalse();
        assertThat(FirstConnection.isPool(new JdbcDataSource())).isFalse();
    }

    @Test
    void theApplicationsPoolMigratesAsBefore() {
        runner.run(ctx -> {
            assertThat(ctx).hasNotFailed();
            HikariDataSource pool = ctx.getBean(HikariDataSource.class);
            assertThat(pool.getHikariPoolMXBean()).isNotNull();
            assertThat(ctx.getBean(dev.retort.Retort.class).current().current()).extracting(r -> r.revision())
                    .containsExactly("1a2b3c4d5e02");
        });
    }

    @Test
    void withStartupNoneThePoolStaysClosed() throws Exception {
        runner.withPropertyValues("retort.startup=none").run(ctx -> {
            assertThat(ctx).hasNotFailed();
            Thread.sleep(200); // a background connection, if one had been started, would have opened the pool by now
            assertThat(ctx.getBean(HikariDataSource.class).getHikariPoolMXBean()).isNull();
        });
    }
}
