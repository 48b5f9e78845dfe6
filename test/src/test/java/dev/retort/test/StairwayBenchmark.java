package dev.retort.test;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import dev.retort.Retort;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * The figure in docs/benchmarks.md: the kit's stairway over a linear chain of revisions on in-memory H2, run
 * through the JUnit Platform as a build runs it, from base (a fresh database) and from head (as a Spring test
 * finds it). Not a test: run it by hand on a quiet machine, see docs/benchmarks.md for the command.
 *
 * <p>Arguments: {@code [revisions (100)] [rounds (7)]}.
 */
public final class StairwayBenchmark {

    /** The kit as a user outside Spring writes it; the harness sets the engine before each run. */
    @Fixture
    public static final class Kit implements RetortMigrationTests {

        static volatile Retort engine;

        @Override
        public Retort retort() {
            return engine;
        }
    }

    private StairwayBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int revisions = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();
        Path dir = Files.createTempDirectory("retort-stairway");
        writeChain(dir, revisions);
        List<Long> fromBase = new ArrayList<>();
        List<Long> fromHead = new ArrayList<>();
        for (int round = 0; round <= rounds; round++) {
            String url = "jdbc:h2:mem:stairway" + round + ";DB_CLOSE_DELAY=-1";
            Kit.engine = Retort.configure().url(url, "sa", "").locations("filesystem:" + dir).load();
            long base = stairway();
            long head = stairway();
            if (round > 0) { // the first round warms the JVM up
                fromBase.add(base);
                fromHead.add(head);
            }
        }
        System.out.printf(Locale.ROOT, "stairway over %d revisions on H2 (in memory), median of %d: from base %d ms "
                + "(min %d), from head %d ms (min %d); load average before %s, after %s%n", revisions, rounds,
                median(fromBase), min(fromBase), median(fromHead), min(fromHead), loadBefore,
                Files.readString(Path.of("/proc/loadavg")).trim());
    }

    /** Runs the kit's stairway once; milliseconds, the whole JUnit run included. */
    private static long stairway() {
        long start = System.nanoTime();
        Events events = EngineTestKit.engine("junit-jupiter").selectors(selectMethod(Kit.class, "stairway"))
                .configurationParameter(Fixture.PARAMETER, "true").execute().testEvents();
        long ms = (System.nanoTime() - start) / 1_000_000;
        TestExecutionResult result = events.finished().list().get(0).getRequiredPayload(TestExecutionResult.class);
        if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
            throw new IllegalStateException("the stairway did not pass: " + result);
        }
        return ms;
    }

    /** A chain of revisions, each creating a table with an index and adding a column to the previous one. */
    private static void writeChain(Path dir, int count) throws Exception {
        String previous = "";
        for (int i = 1; i <= count; i++) {
            String id = String.format(Locale.ROOT, "be%010d", i);
            StringBuilder sql = new StringBuilder("-- revision: " + id + "\n-- down_revision: " + previous
                    + "\n-- message: step " + i + "\n\n-- retort:upgrade\n");
            sql.append("CREATE TABLE t").append(i).append(" (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL);\n");
            sql.append("CREATE INDEX ix_t").append(i).append("_name ON t").append(i).append(" (name);\n");
            if (i > 1) {
                sql.append("ALTER TABLE t").append(i - 1).append(" ADD COLUMN next_id BIGINT;\n");
            }
            sql.append("\n-- retort:downgrade\n");
            if (i > 1) {
                sql.append("ALTER TABLE t").append(i - 1).append(" DROP COLUMN next_id;\n");
            }
            sql.append("DROP TABLE t").append(i).append(";\n");
            Files.writeString(dir.resolve(id + "_step_" + i + ".sql"), sql.toString(), StandardCharsets.UTF_8);
            previous = id;
        }
    }

    private static long min(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).min().orElseThrow();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
