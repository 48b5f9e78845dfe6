package dev.retort.bench.cases;

import dev.retort.bench.db.BenchDatabase;
import dev.retort.bench.db.TrialDatabase;
import dev.retort.bench.report.Measurement;
import dev.retort.bench.runners.ToolRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Case 2: every revision is applied and the tool starts with nothing to do (scan, parse, validate,
 * read the state). One database per tool, migrated once before the measurements.
 */
public final class NoOpStartupCase {

    private final List<ToolRunner> tools;
    private final TrialPlan plan;
    private final Consumer<String> progress;

    public NoOpStartupCase(List<ToolRunner> tools, TrialPlan plan, Consumer<String> progress) {
        this.tools = tools;
        this.plan = plan;
        this.progress = progress;
    }

    public List<Measurement> run(BenchDatabase db) throws Exception {
        Samples samples = new Samples();
        List<TrialDatabase> databases = new ArrayList<>();
        try {
            for (int k = 0; k < tools.size(); k++) {
                TrialDatabase trial = db.create("c2_" + k);
                databases.add(trial);
                tools.get(k).setup().migrate(trial.dataSource());
                samples.declare(tools.get(k).name());
            }
            for (int round = 0; round < plan.rounds(); round++) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < tools.size(); i++) {
                    int k = (round + i) % tools.size();
                    ToolRunner tool = tools.get(k);
                    TrialDatabase trial = databases.get(k);
                    double ms = Stopwatch.time(() -> tool.migrate(trial.dataSource()));
                    if (plan.isMeasured(round)) {
                        samples.add(tool.name(), ms);
                    }
                    line.append(String.format(" %s %.0f ms;", tool.name(), ms));
                }
                progress.accept("case 2 " + db.name() + (plan.isMeasured(round) ? " trial " : " warm-up ")
                        + (round + 1) + ":" + line);
            }
        } finally {
            for (TrialDatabase trial : databases) {
                trial.close();
            }
        }
        return samples.toMeasurements(2, db.name());
    }
}
