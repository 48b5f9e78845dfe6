package dev.retort;

import dev.retort.dialect.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/** What a {@link JavaRevision} gets to work with: the migration connection and the dialect. */
public record RevisionContext(Connection connection, Dialect dialect, String revision) {

    /**
     * Executes one SQL statement.
     *
     * @param sql the statement
     * @return the update count, 0 when there is none
     * @throws SQLException when the statement fails
     */
    public int execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
            return Math.max(statement.getUpdateCount(), 0);
        }
    }

    /**
     * Executes one parameterised update.
     *
     * @param sql the statement, with {@code ?} parameters
     * @param args the parameters' values, in order
     * @return the update count
     * @throws SQLException when the statement fails
     */
    public int update(String sql, Object... args) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement.executeUpdate();
        }
    }
}
