package dev.retort.bench.cases;

import dev.retort.Retort;
import dev.retort.bench.gen.GraphWorkspace;
import dev.retort.bench.report.Measurement;
import dev.retort.bench.report.Targets;
import dev.retort.command.RevisionSummary;
import dev.retort.graph.MigrationPlan;
import dev.retort.graph.Planner;
import dev.retort.script.RevisionIndex;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Consumer;

/**
 * Case 3: load a large graph from files (scan, parse, build and validate the graph), then list the
 * heads, the full history, and plan an upgrade from base to heads. No database: nothing here reads one. The
 * {@code Retort+index} rows do the same from a copy of the files on the class path with the build-time revision
 * index beside them, as an application packaged with {@code retort:index} loads them.
 */
public final class GraphResolveCase {

    private static final String LOAD = "Retort load (scan+parse+graph)";
    private static final String HEADS = "Retort heads";
    private static final String HISTORY = "Retort history";
    private static final String PLAN = "Retort plan base→heads";
    /** CPU time of the measuring thread for the whole case: less sensitive to a busy machine than wall time. */
    private static final String CPU = "Retort total, thread CPU time";
    /** The same files on the class path with the build-time revision index ({@code retort:index}) beside them. */
    private static final String INDEXED_LOAD = "Retort+index load (index+graph)";
    private static final String INDEXED_TOTAL = "Retort+index total";
    private static final String INDEXED_CPU = "Retort+index total, thread CPU time";
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
        for (String phase : List.of(LOAD, HEADS, HISTORY, PLAN, Targets.GRAPH_TOTAL, CPU, INDEXED_LOAD,
                INDEXED_TOTAL, INDEXED_CPU)) {
            samples.declare(phase);
        }
        Path root = indexedCopy();
        URLClassLoader classPath = new URLClassLoader(new URL[] {root.toUri().toURL()},
                GraphResolveCase.class.getClassLoader());
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
            System.gc();
            long icpu0 = THREADS.getCurrentThreadCpuTime();
            long i0 = System.nanoTime();
            Retort indexed = Retort.configure().classLoader(classPath).locations("classpath:db/revisions").load();
            long i1 = System.nanoTime();
            List<RevisionSummary> indexedHeads = indexed.heads();
            List<RevisionSummary> indexedHistory = indexed.history(null);
            MigrationPlan indexedUpgrade = new Planner(indexed.graph()).upgrade("heads", List.of());
            long i2 = System.nanoTime();
            long icpu1 = THREADS.getCurrentThreadCpuTime();
            check(indexedHeads, indexedHistory, indexedUpgrade);
            if (plan.isMeasured(round)) {
                samples.add(INDEXED_LOAD, ms(i0, i1));
                samples.add(INDEXED_TOTAL, ms(i0, i2));
                samples.add(INDEXED_CPU, ms(icpu0, icpu1));
            }
            progress.accept(String.format("case 3 %s %d: load %.0f ms, heads %.1f ms, history %.0f ms, plan %.0f ms,"
                    + " total %.0f ms (thread CPU %.0f ms); with the index: load %.0f ms, total %.0f ms (thread CPU"
                    + " %.0f ms)", plan.isMeasured(round) ? "trial" : "warm-up", round + 1,
                    ms(t0, t1), ms(t1, t2), ms(t2, t3), ms(t3, t4), ms(t0, t4), ms(cpu0, cpu1), ms(i0, i1),
                    ms(i0, i2), ms(icpu0, icpu1)));
        }
        classPath.close();
        return samples.toMeasurements(3, "none");
    }

    /** The graph's files copied into a class path root with their revision index, once, before the trials. */
    private Path indexedCopy() throws IOException {
        Path root = graph.dir().resolveSibling(graph.dir().getFileName() + "-classpath");
        Path dir = Files.createDirectories(root.resolve("db/revisions"));
        try (var files = Files.list(graph.dir())) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, dir.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        RevisionIndex.write(root, "classpath:db/revisions");
        return root;
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
