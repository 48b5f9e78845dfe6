package dev.retort.bench.runners;

import dev.retort.bench.gen.LinearWorkspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The floor for applying revisions: read each Retort script, run its upgrade statements on one
 * connection, commit once per revision. No bookkeeping, no lock, no graph.
 */
public final class RawJdbcApplyRunner implements ToolRunner {

    private final LinearWorkspace workspace;

    public RawJdbcApplyRunner(LinearWorkspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public String name() {
        return "raw JDBC";
    }

    @Override
    public void migrate(DataSource dataSource) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            for (Path file : ScriptFiles.list(workspace.retortDir())) {
                String script = Files.readString(file, StandardCharsets.UTF_8);
                for (String sql : ScriptFiles.upgradeStatements(script)) {
                    if (!sql.isBlank()) {
                        s.execute(sql);
                    }
                }
                c.commit();
            }
            c.setAutoCommit(true);
        }
    }
}
