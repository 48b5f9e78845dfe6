package dev.retort.dialect;

import dev.retort.RetortException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/** Polls a try-lock until it succeeds or the timeout passes; the lock never blocks inside the database. */
final class LockPolling {

    interface TryLock {
        boolean tryLock() throws SQLException;
    }

    interface Holder {
        String describe() throws SQLException;
    }

    private LockPolling() {
    }

    /** {@code lockName} as given when it names a schema, else prefixed with the connection's current schema. */
    static String scoped(Connection connection, String lockName, String currentSchemaSql) throws SQLException {
        if (lockName.indexOf('.') >= 0) {
            return lockName;
        }
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(currentSchemaSql)) {
            String schema = rs.next() ? rs.getString(1) : null;
            return schema == null ? lockName : schema + "." + lockName;
        }
    }

    static void poll(TryLock tryLock, Holder holder, String lockName, Duration timeout) throws SQLException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long sleep = 20;
        while (!tryLock.tryLock()) {
            if (System.nanoTime() >= deadline) {
                String who;
                try {
                    who = holder.describe();
                } catch (SQLException e) {
                    who = null;
                }
                throw new LockTimeoutException("Timed out after " + timeout.toMillis() + " ms waiting for the migration lock '"
                        + lockName + "'" + (who == null ? "" : ", held by " + who)
                        + ". Another Retort instance is migrating this database: wait for it to finish and run "
                        + "again, or raise retort.lock.timeout. The lock is released when the holding "
                        + "connection ends");
            }
            try {
                Thread.sleep(sleep);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RetortException("interrupted while waiting for the migration lock '" + lockName + "'", e);
            }
            sleep = Math.min(sleep * 2, 250);
        }
    }
}
