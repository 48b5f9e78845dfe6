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
        find(measurements, 3, null, GRAPH_TOTAL).ifPresent(m -> out.add(new TargetResult(3, m.database(),
                "load + resolve the graph < 300 ms", m.median(), 300, "ms")));
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

    static Optional<Measurement> find(List<Measurement> all, int caseNo, String db, String tool) {
        return all.stream()
                .filter(m -> m.caseNo() == caseNo && (db == null || m.database().equals(db)) && m.tool().equals(tool))
                .findFirst();
    }
}
