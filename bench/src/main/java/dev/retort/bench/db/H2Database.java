package dev.retort.bench.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * H2 in-memory: a named database per trial, kept alive by the pool and shut down afterwards. The cold mode's
 * trials run in other JVMs, so they get a file database instead, in a temp directory, deleted afterwards.
 */
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

    @Override
    public ScratchDatabase scratch(String tag) {
        try {
            Path dir = Files.createTempDirectory("retort-bench-h2");
            return new ScratchDatabase("jdbc:h2:file:" + dir.resolve("bench_" + tag), () -> {
                try (var files = Files.list(dir)) {
                    for (Path f : files.toList()) {
                        Files.delete(f);
                    }
                    Files.delete(dir);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String coldName() {
        return "h2 file, cold";
    }
}
