package dev.retort.dialect;

import dev.retort.script.SqlFlavor;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * H2 (the embedded default). DDL commits implicitly, as on MariaDB. The lock is a row lock
 * ({@code SELECT ... FOR UPDATE}) on a one-row
 * table next to the version table, held by an open transaction on the lock connection.
 */
public class H2Dialect implements Dialect {

    @Override
    public String name() {
        return "h2";
    }

    @Override
    public boolean matches(String productName) {
        return productName.toLowerCase(Locale.ROOT).contains("h2");
    }

    @Override
    public SqlFlavor flavor() {
        return SqlFlavor.STANDARD;
    }

    /** A Timestamp: H2 converts it with the zone it read when it loaded, which a later change of the JVM's keeps. */
    @Override
    public void bindTimestamp(PreparedStatement p, int index, Instant at) throws SQLException {
        p.setTimestamp(index, Timestamp.from(at));
    }

    /** H2 commits the open transaction before every DDL statement, so a revision's DDL cannot be rolled back. */
    @Override
    public boolean transactionalDdl() {
        return false;
    }

    /**
     * CREATE, ALTER and DROP commit the open transaction in H2 whether or not they succeed (parse errors aside); the
     * few that do not (CREATE/ALTER SEQUENCE, H2 2.x) take part in it instead.
     */
    @Override
    public boolean commitsOrJoinsTransaction(String sql) {
        return ImplicitCommit.commits(sql, "CREATE", "ALTER", "DROP");
    }

    /** H2 folds unquoted names to upper case, so a name that must be quoted is quoted in upper case too. */
    @Override
    public String quote(String identifier) {
        String lower = identifier.toLowerCase(Locale.ROOT);
        return Identifiers.needsQuoting(lower) ? '"' + identifier.toUpperCase(Locale.ROOT).replace("\"", "\"\"") + '"'
                : identifier;
    }

    /** JDBC takes the name as stored: in upper case, as {@link #quote} spells every schema. */
    @Override
    public void useSchema(Connection connection, String schema) throws SQLException {
        connection.setSchema(schema.toUpperCase(Locale.ROOT));
    }

    @Override
    public String tableExistsSql() {
        // an unquoted name is stored upper case (or as written, under DATABASE_TO_LOWER or case-insensitive
        // identifiers), a quoted one as written; equality lets H2 build only the matching row of its catalog table
        return "SELECT table_name FROM information_schema.tables WHERE table_schema = COALESCE(?, CURRENT_SCHEMA) "
                + "AND table_name IN (?, UPPER(?))";
    }

    /**
     * Asks the driver instead of querying the catalog: embedded H2 answers {@code getTables} from its schema objects,
     * without parsing SQL or building {@code INFORMATION_SCHEMA} rows, which on a cold start costs a no-op upgrade
     * several milliseconds of the caller's CPU. As in {@link #tableExistsSql()}, a table matches as written or in upper
     * case (H2's folding of unquoted names) and the schema in upper case, as {@link #quote} spells it.
     */
    @Override
    public Set<String> existingTables(Connection c, String schema, List<String> tables) throws SQLException {
        Connection driver = driverConnection(c);
        String inSchema = schema == null ? driver.getSchema() : schema.toUpperCase(Locale.ROOT);
        if (inSchema == null) {
            return Dialect.super.existingTables(c, null, tables);
        }
        DatabaseMetaData meta = driver.getMetaData();
        String escape = meta.getSearchStringEscape();
        Set<String> found = new HashSet<>();
        for (String table : tables) {
            String upper = table.toUpperCase(Locale.ROOT);
            // upper case first: where both tables exist (every start but the first) one call each
            if (tableExists(meta, escape, inSchema, upper) || !upper.equals(table)
                    && tableExists(meta, escape, inSchema, table)) {
                found.add(table);
            }
        }
        return found;
    }

    private static boolean tableExists(DatabaseMetaData meta, String escape, String schema, String table)
            throws SQLException {
        try (ResultSet rs = meta.getTables(null, literalPattern(schema, escape), literalPattern(table, escape), null)) {
            while (rs.next()) {
                if (table.equals(rs.getString("TABLE_NAME")) && schema.equals(rs.getString("TABLE_SCHEM"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@return H2's own connection behind a pool's proxy, else {@code c}} Asked for metadata only: a pool wraps the
     * metadata object in a class of its own, which would be loaded for these few calls.
     */
    private static Connection driverConnection(Connection c) {
        try {
            Connection driver = c.unwrap(Connection.class);
            return driver == null ? c : driver;
        } catch (SQLException e) {
            return c; // a wrapper that does not unwrap answers the calls itself
        }
    }

    /** {@code name} as a metadata search pattern that matches only itself. */
    private static String literalPattern(String name, String escape) {
        if (escape == null || escape.isEmpty()) {
            return name; // the exact comparison of the rows returned keeps look-alikes out
        }
        return name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
    }

    @Override
    public DatabaseLock lock(Connection connection, String lockName, Duration timeout) throws SQLException {
        // lockName is "schema.table" or "table"; table names cannot hold a dot (RetortConfiguration refuses it)
        int dot = lockName.lastIndexOf('.');
        String table = dot < 0 ? quote(lockName) : qualify(lockName.substring(0, dot), lockName.substring(dot + 1));
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + table + " (id INT PRIMARY KEY)");
            // Only insert the row when it is missing: touching it (MERGE) would wait on the holder's row lock.
            try {
                s.execute("INSERT INTO " + table + " (id) SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM " + table
                        + " WHERE id = 1)");
            } catch (SQLException e) {
                if (!"23505".equals(e.getSQLState())) { // another engine inserted it first
                    throw e;
                }
            }
            s.execute("SET LOCK_TIMEOUT 0");
        }
        connection.setAutoCommit(false);
        LockPolling.poll(() -> {
            try (PreparedStatement p = connection.prepareStatement("SELECT id FROM " + table + " WHERE id = 1 FOR UPDATE")) {
                p.executeQuery().close();
                return true;
            } catch (SQLException e) {
                connection.rollback();
                if (isLockTimeout(e)) {
                    return false;
                }
                throw e;
            }
        }, () -> null, lockName, timeout);
        return new DatabaseLock() {
            @Override
            public void checkHeld() {
                boolean valid;
                try {
                    valid = connection.isValid(5);
                } catch (SQLException e) {
                    valid = false;
                }
                if (!valid) {
                    throw new LockLostException("The migration lock '" + lockName + "' was lost: the session "
                            + "holding it ended");
                }
            }

            @Override
            public void close() {
                try {
                    connection.rollback();
                } catch (SQLException ignored) {
                    // the lock is a row lock of this transaction: the connection is closed next, ending it anyway
                }
            }
        };
    }

    private static boolean isLockTimeout(SQLException e) {
        // 50200 LOCK_TIMEOUT_1, 40001 deadlock / concurrent update
        return e.getErrorCode() == 50200 || "HYT00".equals(e.getSQLState()) || "40001".equals(e.getSQLState());
    }
}
