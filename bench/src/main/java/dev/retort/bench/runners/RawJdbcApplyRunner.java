package dev.retort.bench.runners;

import dev.retort.bench.gen.LinearWorkspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The floor for applying revisions, as issue 16 defines it: read each Retort script, run its upgrade statements on
 * one connection and, in the same transaction, record the revision in a one-row version table, commit once per
 * revision. That is the least any migration tool must write. No history, no lock, no graph. Without the version row
 * ({@code raw-noversion}) it is the floor the first measurements used, kept for comparison.
 */
public final class RawJdbcApplyRunner implements ToolRunner {

    /** The floor's version table, created in the scratch database by the run itself. */
    static final String VERSION_TABLE = "raw_version";

    private final LinearWorkspace workspace;
    private final boolean versionRow;

    /** The floor with its one version row. */
    public RawJdbcApplyRunner(LinearWorkspace workspace) {
        this(workspace, true);
    }

    /** @param versionRow whether each revision also updates the one-row version table */
    public RawJdbcApplyRunner(LinearWorkspace workspace, boolean versionRow) {
        this.workspace = workspace;
        this.versionRow = versionRow;
    }

    @Override
    public String name() {
        return versionRow ? "raw JDBC" : "raw JDBC, no version row";
    }

    @Override
    public String id() {
        return versionRow ? "raw" : "raw-noversion";
    }

    @Override
    public void migrate(DataSource dataSource) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            if (versionRow) {
                s.execute("CREATE TABLE " + VERSION_TABLE + " (version_num VARCHAR(255) NOT NULL PRIMARY KEY)");
            }
            c.setAutoCommit(false);
            try (PreparedStatement insert = versionRow ? c.prepareStatement("INSERT INTO " + VERSION_TABLE
                    + " (version_num) VALUES (?)") : null;
                    PreparedStatement update = versionRow ? c.prepareStatement("UPDATE " + VERSION_TABLE
                            + " SET version_num = ?") : null) {
                boolean first = true;
                for (Path file : ScriptFiles.list(workspace.retortDir())) {
                    String script = Files.readString(file, StandardCharsets.UTF_8);
                    for (String sql : ScriptFiles.upgradeStatements(script)) {
                        if (!sql.isBlank()) {
                            s.execute(sql);
                        }
                    }
                    if (versionRow) {
                        PreparedStatement p = first ? insert : update;
                        p.setString(1, ScriptFiles.revisionId(file));
                        p.executeUpdate();
                        first = false;
                    }
                    c.commit();
                }
            }
            c.setAutoCommit(true);
        }
    }
}
