package dev.retort.exec;

import static dev.retort.testing.ServerSql.column;
import static dev.retort.testing.ServerSql.count;
import static dev.retort.testing.ServerSql.reset;
import static dev.retort.testing.ServerSql.versions;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.Retort;
import dev.retort.command.MigrationResult;
import dev.retort.testing.ServerSql;
import dev.retort.testing.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** SPEC §5, one migrator at a time: eight engines start on the same empty database at once. */
class ConcurrentUpgradeTest {

    private static final int ENGINES = 8;

    @RegisterExtension
    static TestDatabase pg = TestDatabase.postgres();

    @RegisterExtension
    static TestDatabase maria = TestDatabase.mariadb();

    static Stream<Named<TestDatabase>> servers() {
        return ServerSql.both(pg, maria);
    }

    @BeforeEach
    void clean() {
        reset(pg);
        reset(maria);
    }

    @ParameterizedTest
    @MethodSource("servers")
    void eightEnginesAtOnceApplyEveryRevisionExactlyOnceAndAllEndAtHead(TestDatabase db) throws Exception {
        CyclicBarrier start = new CyclicBarrier(ENGINES);
        ExecutorService threads = Executors.newFixedThreadPool(ENGINES);
        List<Future<MigrationResult>> runs = new ArrayList<>();
        try {
            for (int i = 0; i < ENGINES; i++) {
                Retort engine = Retort.configure().dataSource(db.dataSource()).locations("classpath:realdb/concurrent")
                        .lock(true, Duration.ofMinutes(2)).installedBy("engine-" + i).load();
                runs.add(threads.submit(() -> {
                    start.await();
                    return engine.upgrade("heads");
                }));
            }
            List<MigrationResult> results = new ArrayList<>();
            for (Future<MigrationResult> run : runs) {
                results.add(run.get(3, TimeUnit.MINUTES)); // rethrows any engine's failure
            }

            assertThat(results).allSatisfy(r -> assertThat(r.toHeads()).containsExactly("c0000010"));
            // the first engine to get the lock did everything; the seven that waited found nothing to do
            assertThat(results).extracting(r -> r.steps().size())
                    .containsExactlyInAnyOrder(10, 0, 0, 0, 0, 0, 0, 0);
        } finally {
            threads.shutdownNow();
        }
        List<String> all = IntStream.rangeClosed(1, 10).mapToObj(i -> String.format("c%07d", i)).toList();
        assertThat(versions(db, "retort_version")).containsExactly("c0000010");
        assertThat(column(db, "SELECT revision FROM applied_once ORDER BY revision")).isEqualTo(all);
        assertThat(column(db, "SELECT revision FROM retort_history WHERE success = TRUE ORDER BY revision"))
                .isEqualTo(all);
        assertThat(count(db, "SELECT COUNT(*) FROM retort_history")).isEqualTo(10);
    }
}
