package dev.retort.bench.cases;

import dev.retort.Retort;
import dev.retort.bench.gen.GraphWorkspace;
import dev.retort.bench.report.Measurement;
import dev.retort.bench.report.Targets;
import dev.retort.command.RevisionSummary;
import dev.retort.graph.MigrationPlan;
import dev.retort.graph.Planner;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.function.Consumer;

/**
 * Case 3: load a large graph from files (scan, parse, build and validate the graph), then list the
 * heads, the full history, and plan an upgrade from base to heads. No database: nothing here reads one.
 */
public final class GraphResolveCase {

    private static final String LOAD = "Retort load (scan+parse+graph)";
    private static final String HEADS = "Retort heads";
    private static final String HISTORY = "Retort history";
    private static final String PLAN = "Retort plan base→heads";
    /** CPU time of the measuring thread for the whole case: less sensitive to a busy machine than wall time. */
    private static final String CPU = "Retort total, thread CPU time";
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final GraphWorkspace graph;
    private final TrialPlan plan;
    private final Consumer<String> progress;

    public GraphResolveCase(GraphWorkspace graph, TrialPlan plan, Consumer<String> progress) {
        this.graph = graph;
        this.plan = plan;
        this.progress = progress;
    }

    public List<Measurement> run() throws Exception {
        Samples samples = new Samples();
        for (String phase : List.of(LOAD, HEADS, HISTORY, PLAN, Targets.GRAPH_TOTAL, CPU)) {
            samples.declare(phase);
        }
        for (int round = 0; round < plan.rounds(); round++) {
            System.gc();
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            Retort retort = Retort.configure()
                    .locations("filesystem:" + graph.dir())
                    .load();
            long t1 = System.nanoTime();
            List<RevisionSummary> heads = retort.heads();
            long t2 = System.nanoTime();
            List<RevisionSummary> history = retort.history(null);
            long t3 = System.nanoTime();
            MigrationPlan upgrade = new Planner(retort.graph()).upgrade("heads", List.of());
            long t4 = System.nanoTime();
            long cpu1 = THREADS.getCurrentThreadCpuTime();
            check(heads, history, upgrade);
            if (plan.isMeasured(round)) {
                samples.add(LOAD, ms(t0, t1));
                samples.add(HEADS, ms(t1, t2));
                samples.add(HISTORY, ms(t2, t3));
                samples.add(PLAN, ms(t3, t4));
                samples.add(Targets.GRAPH_TOTAL, ms(t0, t4));
                samples.add(CPU, ms(cpu0, cpu1));
            }
            progress.accept(String.format("case 3 %s %d: load %.0f ms, heads %.1f ms, history %.0f ms, plan %.0f ms,"
                    + " total %.0f ms (thread CPU %.0f ms)", plan.isMeasured(round) ? "trial" : "warm-up", round + 1,
                    ms(t0, t1), ms(t1, t2), ms(t2, t3), ms(t3, t4), ms(t0, t4), ms(cpu0, cpu1)));
        }
        return samples.toMeasurements(3, "none");
    }

    private void check(List<RevisionSummary> heads, List<RevisionSummary> history, MigrationPlan upgrade) {
        if (heads.size() != graph.lineages() || history.size() != graph.revisions()
                || upgrade.steps().size() != graph.revisions()) {
            throw new IllegalStateException("unexpected graph: " + heads.size() + " heads, " + history.size()
                    + " history entries, " + upgrade.steps().size() + " plan steps for " + graph.describe());
        }
    }

    private static double ms(long from, long to) {
        return (to - from) / 1e6;
    }
}
