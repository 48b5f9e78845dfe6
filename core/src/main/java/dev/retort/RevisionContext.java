package dev.retort;

import dev.retort.dialect.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/** What a {@link JavaRevision} gets to work with: the migration connection and the dialect. */
public record RevisionContext(Connection connection, Dialect dialect, String revision) {

    /** Executes one SQL statement and returns the update count. */
    public int execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
            return Math.max(statement.getUpdateCount(), 0);
        }
    }

    /** Executes one parameterised update. */
    public int update(String sql, Object... args) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement.executeUpdate();
        }
    }
}
