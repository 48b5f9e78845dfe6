package dev.retort.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.Retort;
import dev.retort.autoconfigure.actuate.RetortHealthContributorAutoConfiguration;
import dev.retort.testing.ServerSql;
import dev.retort.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * With {@code retort.startup=none} the application starts while its database does not exist yet (a pooled
 * DataSource from spring.datasource.*, on real PostgreSQL and MariaDB): health says DOWN and why, then recovers
 * once the database is there.
 */
class UnreachableDatabaseTests {

    @RegisterExtension
    static TestDatabase pg = TestDatabase.postgres();

    @RegisterExtension
    static TestDatabase maria = TestDatabase.mariadb();

    static Stream<Named<TestDatabase>> servers() {
        return ServerSql.both(pg, maria);
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, RetortAutoConfiguration.class,
                    RetortHealthContributorAutoConfiguration.class));

    @ParameterizedTest
    @MethodSource("servers")
    void startsWithoutTheDatabaseAndHealthRecoversWhenItExists(TestDatabase db) {
        String name = "retort_later_" + UUID.randomUUID().toString().substring(0, 8);
        String url = db.url().replace("/" + db.name(), "/" + name);
        runner.withPropertyValues("spring.datasource.url=" + url, "retort.startup=none").run(ctx -> {
            assertThat(ctx).hasNotFailed().hasSingleBean(Retort.class);
            // the JDBC URL told the dialect: nothing connected at startup
            assertThat(ctx.getBean(Retort.class).context().dialectKnown()).isTrue();
            HealthIndicator health = ctx.getBean("migrationsHealthIndicator", HealthIndicator.class);

            Health down = health.health(true);
            assertThat(down.getStatus()).isEqualTo(Status.DOWN);
            assertThat(engine(down).get("error").toString()).contains("Cannot connect to the database")
                    .contains(name);

            ServerSql.exec(db, "CREATE DATABASE " + name);
            try {
                Health pending = health.health(true);
                assertThat(pending.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
                assertThat(engine(pending)).containsEntry("pending", List.of("1a2b3c4d5e01", "1a2b3c4d5e02"));

                ctx.getBean(Retort.class).upgrade("head");
                assertThat(health.health(true).getStatus()).isEqualTo(Status.UP);
            } finally {
                ctx.close(); // releases the pool's connections before the database is dropped
                ServerSql.exec(db, "DROP DATABASE IF EXISTS " + name
                        + (db.kind() == TestDatabase.Kind.POSTGRES ? " WITH (FORCE)" : ""));
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> engine(Health health) {
        return (Map<String, Object>) health.getDetails().get("retort");
    }
}
