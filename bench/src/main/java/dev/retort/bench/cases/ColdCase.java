package dev.retort.bench.cases;

import com.zaxxer.hikari.HikariDataSource;
import dev.retort.bench.db.BenchDatabase;
import dev.retort.bench.db.ScratchDatabase;
import dev.retort.bench.gen.LinearWorkspace;
import dev.retort.bench.report.Measurement;
import dev.retort.bench.runners.ToolRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Cases 1 and 2 in the cold mode: every trial runs in a fresh JVM ({@link ColdTrial}), timed inside it from
 * configure to done, so class loading, cold code and the pool's first connection are paid as at an application
 * start. Tools take turns within a round, as in the warm mode. Case 1 gets a fresh database per trial; case 2 one
 * database per tool, migrated once (in this JVM) before the trials.
 */
public final class ColdCase {

    private final int caseNo;
    private final LinearWorkspace workspace;
    private final List<ToolRunner> tools;
    private final List<String> toolIds;
    private final TrialPlan plan;
    private final Consumer<String> progress;

    /** @param toolIds the {@code --tools} id of each runner, passed to the child JVM */
    public ColdCase(int caseNo, LinearWorkspace workspace, List<ToolRunner> tools, List<String> toolIds,
            TrialPlan plan, Consumer<String> progress) {
        this.caseNo = caseNo;
        this.workspace = workspace;
        this.tools = tools;
        this.toolIds = toolIds;
        this.plan = plan;
        this.progress = progress;
    }

    public List<Measurement> run(BenchDatabase db) throws Exception {
        Samples samples = new Samples();
        tools.forEach(t -> samples.declare(t.name()));
        List<ScratchDatabase> prepared = new ArrayList<>();
        try {
            if (caseNo == 2) {
                for (int k = 0; k < tools.size(); k++) {
                    ScratchDatabase scratch = db.scratch("c2cold_" + k);
                    prepared.add(scratch);
                    try (HikariDataSource pool = pool(scratch.url())) {
                        tools.get(k).setup().migrate(pool);
                    }
                }
            }
            for (int round = 0; round < plan.rounds(); round++) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < tools.size(); i++) {
                    int k = (round + i) % tools.size();
                    ToolRunner tool = tools.get(k);
                    double ms;
                    if (caseNo == 1) {
                        try (ScratchDatabase scratch = db.scratch("c1cold_" + round + "_" + k)) {
                            ms = fork(toolIds.get(k), scratch.url());
                            verify(scratch.url(), tool);
                        }
                    } else {
                        ms = fork(toolIds.get(k), prepared.get(k).url());
                    }
                    if (plan.isMeasured(round)) {
                        samples.add(tool.name(), ms);
                    }
                    line.append(String.format(" %s %.0f ms (cpu %s ms);", tool.name(), ms, lastCpu));
                }
                progress.accept("case " + caseNo + " " + db.coldName() + (plan.isMeasured(round) ? " trial " : " warm-up ")
                        + (round + 1) + ":" + line);
            }
        } finally {
            for (ScratchDatabase scratch : prepared) {
                scratch.close();
            }
        }
        return samples.toMeasurements(caseNo, db.coldName());
    }

    /** The CPU times the last trial printed: process total, then {@code main=} the timed call's main thread. */
    private String lastCpu = "?";

    /** Runs one trial in a new JVM with default flags, as an application would start; returns its own timing. */
    private double fork(String tool, String url) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                ColdTrial.class.getName(), String.valueOf(caseNo), tool, url, workspace.retortDir().toString(),
                workspace.flywayDir().toString(), workspace.liquibaseDir().toString(), workspace.liquibaseMaster(),
                String.valueOf(workspace.count()), workspace.headId());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        for (String line : output.lines().toList()) {
            if (exit == 0 && line.startsWith(ColdTrial.CPU)) {
                lastCpu = line.substring(ColdTrial.CPU.length());
            }
            if (exit == 0 && line.startsWith(ColdTrial.RESULT)) {
                return Double.parseDouble(line.substring(ColdTrial.RESULT.length()));
            }
        }
        throw new IllegalStateException("cold trial of " + tool + " (case " + caseNo + ") exited with " + exit + ":\n"
                + output);
    }

    private static HikariDataSource pool(String url) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setMaximumPoolSize(2);
        return pool;
    }

    /** The last revision's table holds its row: everything ran. */
    private void verify(String url, ToolRunner tool) throws SQLException {
        String table = String.format(Locale.ROOT, "t_%05d", workspace.count());
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            if (!rs.next() || rs.getInt(1) != 1) {
                throw new IllegalStateException(tool.name() + " did not apply every revision (" + table + " is empty)");
            }
        }
    }
}
