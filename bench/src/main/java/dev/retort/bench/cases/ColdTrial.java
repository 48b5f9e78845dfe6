package dev.retort.bench.cases;

import com.zaxxer.hikari.HikariDataSource;
import dev.retort.bench.gen.LinearWorkspace;
import dev.retort.bench.runners.FlywayRunner;
import dev.retort.bench.runners.LiquibaseRunner;
import dev.retort.bench.runners.RawJdbcApplyRunner;
import dev.retort.bench.runners.RawJdbcStateRunner;
import dev.retort.bench.runners.RetortIndexedRunner;
import dev.retort.bench.runners.RetortRunner;
import dev.retort.bench.runners.ToolRunner;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One trial of case 1 or 2 in a fresh JVM (the cold mode): what an application start pays, class loading,
 * JIT-cold code, the pool's first connection included. Prints {@code ms=<time from configure to done>}.
 */
public final class ColdTrial {

    /** The line prefix the parent reads the time from. */
    static final String RESULT = "ms=";

    /** The line prefix of the CPU times (process total, then {@code main=} the main thread's in the timed call). */
    static final String CPU = "cpu=";

    private ColdTrial() {
    }

    /**
     * Arguments: case (1 or 2), tool (retort, flyway, liquibase, raw), JDBC URL, then the workspace: Retort, Flyway
     * and Liquibase directories, Liquibase master file, revision count, head id.
     */
    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("liquibase.analytics.enabled", "false");
        System.setProperty("liquibase.showBanner", "false");
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        int caseNo = Integer.parseInt(args[0]);
        LinearWorkspace workspace = new LinearWorkspace(Path.of(args[3]), Path.of(args[4]), Path.of(args[5]), args[6],
                Integer.parseInt(args[7]), args[8]);
        ToolRunner tool = runner(caseNo, args[1], workspace);
        // created the way Spring Boot creates its pool: no connection until the first getConnection()
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl(args[2]);
            pool.setMaximumPoolSize(4);
            pool.setPoolName("bench");
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long mainCpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            tool.migrate(pool);
            double ms = (System.nanoTime() - start) / 1e6;
            mainCpu = threads.getCurrentThreadCpuTime() - mainCpu;
            // CPU beside the wall time, steadier on a loaded machine: the whole process since it started (JIT and GC
            // threads included) and the main thread within the timed call
            long processCpu = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis()).orElse(-1L);
            System.out.println(CPU + processCpu + " main=" + mainCpu / 1_000_000);
            System.out.println(RESULT + String.format(Locale.ROOT, "%.3f", ms));
        }
    }

    static ToolRunner runner(int caseNo, String tool, LinearWorkspace w) {
        return switch (tool) {
            case "retort" -> new RetortRunner(w);
            case "retort+index" -> new RetortIndexedRunner(w);
            case "flyway" -> new FlywayRunner(w);
            case "liquibase" -> new LiquibaseRunner(w);
            case "raw" -> caseNo == 1 ? new RawJdbcApplyRunner(w) : new RawJdbcStateRunner(w, new RetortRunner(w));
            case "raw-noversion" -> new RawJdbcApplyRunner(w, false);
            default -> throw new IllegalArgumentException("unknown tool " + tool);
        };
    }
}
