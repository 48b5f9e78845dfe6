package dev.retort.autoconfigure.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.autoconfigure.RetortAutoConfiguration;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Two application instances starting at once against one database: one migrates, the other waits and does nothing. */
class ConcurrentStartupTests {

    static void twoInstancesMigrateOnce(TestDatabase db, String sleepStatement) throws Exception {
        ApplicationContextRunner instance = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        RetortAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=" + db.url(), "retort.locations=classpath:db/slow",
                        "retort.placeholders.sleep=" + sleepStatement, "retort.lock.timeout=30s");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CyclicBarrier together = new CyclicBarrier(2); // both start at once, not one after the other
        long[][] spans = new long[2][2];
        try {
            List<Future<Throwable>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                int n = i;
                runs.add(pool.submit(() -> {
                    together.await(30, TimeUnit.SECONDS);
                    spans[n][0] = System.nanoTime();
                    Throwable[] failure = new Throwable[1];
                    instance.run(ctx -> failure[0] = ctx.getStartupFailure());
                    spans[n][1] = System.nanoTime();
                    return failure[0];
                }));
            }
            for (Future<Throwable> run : runs) {
                assertThat(run.get()).isNull();
            }
            // the starts really overlapped: each began before the other had finished
            assertThat(spans[0][0]).isLessThan(spans[1][1]);
            assertThat(spans[1][0]).isLessThan(spans[0][1]);
        } finally {
            pool.shutdownNow();
        }
        try (Connection c = db.connect()) {
            assertThat(rows(c, "SELECT version_num FROM retort_version")).containsExactly("7e7e7e7e7e01");
            assertThat(rows(c, "SELECT revision FROM retort_history")).containsExactly("7e7e7e7e7e01");
            assertThat(rows(c, "SELECT id FROM counter")).containsExactly("1");
        }
    }

    private static List<String> rows(Connection c, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @Nested
    class Postgres {

        @RegisterExtension
        static TestDatabase db = TestDatabase.postgres();

        @Test
        void oneOfTwoInstancesMigrates() throws Exception {
            twoInstancesMigrateOnce(db, "SELECT pg_sleep(1)");
        }
    }

    @Nested
    class MariaDb {

        @RegisterExtension
        static TestDatabase db = TestDatabase.mariadb();

        @Test
        void oneOfTwoInstancesMigrates() throws Exception {
            twoInstancesMigrateOnce(db, "SELECT SLEEP(1)");
        }
    }
}
