package dev.retort.bench.cases;

import dev.retort.bench.db.BenchDatabase;
import dev.retort.bench.db.TrialDatabase;
import dev.retort.bench.gen.LinearWorkspace;
import dev.retort.bench.report.Measurement;
import dev.retort.bench.runners.ToolRunner;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Case 1: apply every revision to an empty database. Each tool gets a fresh database per trial; the
 * tools take turns within a round, starting with a different tool each round.
 */
public final class ApplyAllCase {

    private final LinearWorkspace workspace;
    private final List<ToolRunner> tools;
    private final TrialPlan plan;
    private final Consumer<String> progress;

    public ApplyAllCase(LinearWorkspace workspace, List<ToolRunner> tools, TrialPlan plan, Consumer<String> progress) {
        this.workspace = workspace;
        this.tools = tools;
        this.plan = plan;
        this.progress = progress;
    }

    public List<Measurement> run(BenchDatabase db) throws Exception {
        Samples samples = new Samples();
        tools.forEach(t -> samples.declare(t.name()));
        for (int round = 0; round < plan.rounds(); round++) {
            StringBuilder line = new StringBuilder();
            for (int k = 0; k < tools.size(); k++) {
                ToolRunner tool = tools.get((round + k) % tools.size());
                try (TrialDatabase trial = db.create("c1_" + round + "_" + k)) {
                    double ms = Stopwatch.time(() -> tool.migrate(trial.dataSource()));
                    verify(trial.dataSource(), tool);
                    if (plan.isMeasured(round)) {
                        samples.add(tool.name(), ms);
                    }
                    line.append(String.format(" %s %.0f ms;", tool.name(), ms));
                }
            }
            progress.accept("case 1 " + db.name() + (plan.isMeasured(round) ? " trial " : " warm-up ") + (round + 1)
                    + ":" + line);
        }
        return samples.toMeasurements(1, db.name());
    }

    /** The last revision's table holds its row: everything ran. */
    private void verify(DataSource ds, ToolRunner tool) throws Exception {
        String table = String.format("t_%05d", workspace.count());
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            if (!rs.next() || rs.getInt(1) != 1) {
                throw new IllegalStateException(tool.name() + " did not apply every revision (" + table + " is empty)");
            }
        }
    }
}
