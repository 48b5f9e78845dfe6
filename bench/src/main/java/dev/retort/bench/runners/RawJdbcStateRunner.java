package dev.retort.bench.runners;

import dev.retort.bench.gen.LinearWorkspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The floor for "nothing to do": read the same script files and the version row, nothing else. The
 * database is prepared by Retort, so the version table exists.
 */
public final class RawJdbcStateRunner implements ToolRunner {

    private final LinearWorkspace workspace;
    private final ToolRunner setup;

    public RawJdbcStateRunner(LinearWorkspace workspace, ToolRunner setup) {
        this.workspace = workspace;
        this.setup = setup;
    }

    @Override
    public String name() {
        return "raw JDBC";
    }

    @Override
    public ToolRunner setup() {
        return setup;
    }

    @Override
    public void migrate(DataSource dataSource) throws Exception {
        long chars = 0;
        for (Path file : ScriptFiles.list(workspace.retortDir())) {
            chars += Files.readString(file, StandardCharsets.UTF_8).length();
        }
        String version;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version_num FROM retort_version")) {
            version = rs.next() ? rs.getString(1) : null;
        }
        if (chars == 0 || !workspace.headId().equals(version)) {
            throw new IllegalStateException("raw JDBC floor read version " + version + ", expected "
                    + workspace.headId());
        }
    }
}
