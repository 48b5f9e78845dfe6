package dev.retort.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The targets of issue 3 item 6, evaluated on medians from the same run. */
public final class Targets {

    public static final String RETORT = "Retort";
    public static final String FLYWAY = "Flyway";
    public static final String LIQUIBASE = "Liquibase";
    public static final String RAW = "raw JDBC";
    public static final String GRAPH_TOTAL = "Retort total";
    /** Case 4: reflect the live schema and compare it with a target loaded beforehand (Liquibase is set against it). */
    public static final String AUTOGENERATE_COMPARE = "Retort reflect+compare";
    /** Case 4: the whole {@code revision --autogenerate} command, scratch schema included. */
    public static final String AUTOGENERATE_COMMAND = "Retort revision --autogenerate";
    /** Case 4: Liquibase's diff of the two databases, rendered as a changelog. */
    public static final String LIQUIBASE_DIFF = "Liquibase diff";
    /** Case 5: the app with neither Retort nor Flyway running at startup. */
    public static final String NO_MIGRATION = "none";
    /** Case 5: wall time inside the Retort starter's beans ({@code retort}, {@code retortMigrationInitializer}). */
    public static final String RETORT_BEANS = "Retort (migration beans)";
    /** Case 5: wall time inside Boot's Flyway beans ({@code flyway}, {@code flywayInitializer}). */
    public static final String FLYWAY_BEANS = "Flyway (migration beans)";
    /** Case 5's limit on what the Retort starter adds to the app's startup (issue 4 item 7). */
    public static final double STARTUP_LIMIT_MS = 50;

    private Targets() {
    }

    public static List<TargetResult> evaluate(List<Measurement> measurements) {
        List<TargetResult> out = new ArrayList<>();
        for (String db : measurements.stream().map(Measurement::database).distinct().toList()) {
            ratio(measurements, 1, db, RAW, 1.3, out);
            ratio(measurements, 1, db, FLYWAY, 0.5, out);
            ratio(measurements, 1, db, LIQUIBASE, 0.5, out);
            ratio(measurements, 2, db, FLYWAY, 0.3, out);
            ratio(measurements, 2, db, RAW, 1.5, out);
        }
        startup(measurements, out);
        find(measurements, 3, null, GRAPH_TOTAL).ifPresent(m -> out.add(new TargetResult(3, m.database(),
                "load + resolve the graph < 300 ms", m.median(), 300, "ms")));
        find(measurements, 4, null, AUTOGENERATE_COMPARE).ifPresent(m -> out.add(new TargetResult(4, m.database(),
                AUTOGENERATE_COMPARE + " <= 300 ms", m.median(), 300, "ms")));
        find(measurements, 4, null, AUTOGENERATE_COMMAND).ifPresent(m -> out.add(new TargetResult(4, m.database(),
                AUTOGENERATE_COMMAND + " <= 1500 ms", m.median(), 1500, "ms")));
        return out;
    }

    private static void ratio(List<Measurement> all, int caseNo, String db, String peer, double limit,
            List<TargetResult> out) {
        Optional<Measurement> retort = find(all, caseNo, db, RETORT);
        Optional<Measurement> other = find(all, caseNo, db, peer);
        if (retort.isPresent() && other.isPresent()) {
            out.add(new TargetResult(caseNo, db, "Retort <= " + limit + "x " + peer,
                    retort.get().median() / other.get().median(), limit, "x"));
        }
    }

    /**
     * Case 5, judged on the time inside the migration beans: on a single-threaded startup that time is on the
     * critical path, so it is a lower bound of what a starter adds. The JVM-start-to-ready difference of medians
     * is reported in the notes; it is the complete figure but needs a quiet machine (see docs/benchmarks-startup.md).
     */
    private static void startup(List<Measurement> all, List<TargetResult> out) {
        Optional<Measurement> retort = find(all, 5, null, RETORT_BEANS);
        Optional<Measurement> flyway = find(all, 5, null, FLYWAY_BEANS);
        if (retort.isEmpty()) {
            return;
        }
        String db = retort.get().database();
        out.add(new TargetResult(5, db, "Retort starter adds <= " + (int) STARTUP_LIMIT_MS
                + " ms to startup (measured: its migration beans, a lower bound)", retort.get().median(),
                STARTUP_LIMIT_MS, "ms"));
        flyway.ifPresent(f -> out.add(new TargetResult(5, db, "Retort adds less than Flyway's starter "
                + "(measured: Retort's migration beans - Flyway's)", retort.get().median() - f.median(), 0, "ms")));
    }

    /** The row the "Retort ÷ tool" column divides by the other tools' rows: Retort's own, or case 4's compare. */
    static String retortRow(int caseNo) {
        return caseNo == 4 ? AUTOGENERATE_COMPARE : RETORT;
    }

    static Optional<Measurement> find(List<Measurement> all, int caseNo, String db, String tool) {
        return all.stream()
                .filter(m -> m.caseNo() == caseNo && (db == null || m.database().equals(db)) && m.tool().equals(tool))
                .findFirst();
    }
}
