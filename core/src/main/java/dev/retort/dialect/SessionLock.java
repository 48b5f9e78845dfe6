package dev.retort.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A lock owned by a database session (PostgreSQL advisory lock, MariaDB {@code GET_LOCK}): it survives commits and
 * ends with the session. When it cannot be released, the connection is aborted so that the session, and the lock
 * with it, ends even when a pool would otherwise keep the connection open.
 */
final class SessionLock implements DatabaseLock {

    private static final Logger log = LoggerFactory.getLogger(SessionLock.class);
    private static final Executor IN_PLACE = Runnable::run;

    private final Connection connection;
    private final String name;
    private final Object key;
    private final String heldSql;
    private final String unlockSql;

    /**
     * @param heldSql one parameter (the key), one row whose first column is true while this session holds the lock
     * @param unlockSql one parameter (the key)
     */
    SessionLock(Connection connection, String name, Object key, String heldSql, String unlockSql) {
        this.connection = connection;
        this.name = name;
        this.key = key;
        this.heldSql = heldSql;
        this.unlockSql = unlockSql;
    }

    @Override
    public HeldQuery heldQuery() {
        return new HeldQuery(heldSql, key);
    }

    /** Prepared on the first check and kept: a run checks before every revision's commit (issue 16). */
    private PreparedStatement held;

    @Override
    public void checkHeld() {
        try {
            if (held == null) {
                held = connection.prepareStatement(heldSql);
                held.setObject(1, key);
            }
            try (ResultSet rs = held.executeQuery()) {
                if (rs.next() && rs.getBoolean(1)) {
                    return;
                }
            }
            throw new LockLostException("The migration lock '" + name + "' is no longer held by this session");
        } catch (SQLException e) {
            throw new LockLostException("The migration lock '" + name + "' was lost with its database session ("
                    + e.getMessage().strip() + ")");
        }
    }

    @Override
    public void close() {
        if (held != null) {
            try {
                held.close();
            } catch (SQLException ignored) {
                // the statement dies with its session
            }
        }
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback(); // an aborted transaction would refuse the unlock
            }
            try (PreparedStatement p = connection.prepareStatement(unlockSql)) {
                p.setObject(1, key);
                p.execute();
            }
        } catch (SQLException e) {
            // A pool would keep the session, and the lock with it: end the session instead.
            log.warn("Cannot release the migration lock '{}' ({}); aborting its connection so that the session "
                    + "and the lock end", name, e.getMessage());
            try {
                connection.abort(IN_PLACE);
            } catch (SQLException | RuntimeException abort) {
                abort.addSuppressed(e);
                throw new LockLostException("Cannot release the migration lock '" + name + "' nor end its session ("
                        + abort.getMessage() + "): other instances wait for it until the connection is closed");
            }
        }
    }
}
