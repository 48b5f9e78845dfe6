package dev.retort.dialect;

import dev.retort.script.SqlFlavor;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.zip.CRC32;

/** PostgreSQL 15+: transactional DDL; the lock is a session-level advisory lock. */
public class PostgresDialect implements Dialect {

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public boolean matches(String productName) {
        return productName.toLowerCase(Locale.ROOT).contains("postgres");
    }

    @Override
    public SqlFlavor flavor() {
        return SqlFlavor.STANDARD;
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    public String tableExistsSql() {
        // pg_class lists every table; information_schema hides those the user holds no privilege on
        return "SELECT c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                + "WHERE n.nspname = COALESCE(?, current_schema()) AND c.relname = ? AND c.relkind IN ('r', 'p', 'v')";
    }

    /**
     * Takes the advisory lock twice (a session counts its advisory locks): the check before each commit then gives
     * one count back and takes it again, {@link #HELD}, work the session does in its own memory (about 2 µs) instead
     * of reading {@code pg_locks}, which collects every lock of the server (about 90 µs, issue 16). A session that
     * released the lock ({@code pg_advisory_unlock_all()}, say) holds no count, so the check answers false as before.
     */
    @Override
    public DatabaseLock lock(Connection connection, String lockName, Duration timeout) throws SQLException {
        connection.setAutoCommit(true);
        String scoped = LockPolling.scoped(connection, lockName, "SELECT current_schema()");
        long key = lockKey(scoped);
        LockPolling.poll(() -> {
            try (PreparedStatement p = connection.prepareStatement(LOCK)) {
                p.setLong(1, key);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    return rs.getBoolean(1);
                }
            }
        }, () -> holder(connection, key), scoped, timeout);
        return new SessionLock(connection, scoped, key, HELD, UNLOCK);
    }

    /** Takes the lock, and a second count of it when that succeeds (the second never waits: the session holds it). */
    private static final String LOCK = "SELECT CASE WHEN pg_try_advisory_lock(k) THEN pg_try_advisory_lock(k) "
            + "ELSE false END FROM (SELECT ?::bigint AS k) p";

    /**
     * Whether this session holds the lock: true when it could give a count back and take it again. Both act in the
     * session's own lock table while it holds the second count, so other sessions never see the lock free; without
     * any count the unlock answers false (with a warning) and nothing is taken.
     */
    static final String HELD = "SELECT CASE WHEN pg_advisory_unlock(k) THEN pg_try_advisory_lock(k) ELSE false END "
            + "FROM (SELECT ?::bigint AS k) p";

    /** Gives both counts back; the second only when the first was there. */
    private static final String UNLOCK = "SELECT CASE WHEN pg_advisory_unlock(k) THEN pg_advisory_unlock(k) END "
            + "FROM (SELECT ?::bigint AS k) p";

    /** An advisory lock belongs to the session and survives commits. */
    @Override
    public boolean sessionLock() {
        return true;
    }

    private static String holder(Connection connection, long key) throws SQLException {
        String sql = "SELECT a.pid, a.application_name, a.client_addr, a.backend_start FROM pg_locks l "
                + "JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted "
                + "AND ((l.classid::bigint << 32) | l.objid::bigint) = ?";
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            p.setLong(1, key);
            try (ResultSet rs = p.executeQuery()) {
                if (rs.next()) {
                    int pid = rs.getInt(1);
                    return "backend pid " + pid + " (application '" + rs.getString(2) + "', client "
                            + rs.getString(3) + ", connected since " + rs.getString(4)
                            + "; if it is stuck: SELECT pg_terminate_backend(" + pid + "))";
                }
            }
        }
        return null;
    }

    /**
     * A stable 31-bit key per {@code schema.name} lock name (advisory locks are per database already), so
     * Retort does not collide with other advisory-lock users by accident.
     */
    static long lockKey(String lockName) {
        CRC32 crc = new CRC32();
        crc.update(("retort:" + lockName).getBytes(StandardCharsets.UTF_8));
        return crc.getValue() & 0x7fffffffL;
    }
}
