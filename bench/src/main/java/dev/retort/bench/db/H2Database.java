package dev.retort.bench.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** H2 in-memory: a named database per trial, kept alive by the pool and shut down afterwards. */
public final class H2Database implements BenchDatabase {

    @Override
    public String name() {
        return "h2";
    }

    @Override
    public String unavailableReason() {
        return null;
    }

    @Override
    public TrialDatabase create(String tag) throws SQLException {
        String url = "jdbc:h2:mem:bench_" + tag + ";DB_CLOSE_DELAY=-1";
        return new TrialDatabase(url, () -> {
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
        });
    }
}
