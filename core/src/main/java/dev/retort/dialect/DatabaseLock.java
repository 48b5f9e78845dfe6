package dev.retort.dialect;

/** A held migration lock; closing it releases the lock (and dropping the connection would too). */
public interface DatabaseLock extends AutoCloseable {

    /**
     * Releases the lock; when that fails, ends the holding session (so a pooled connection cannot keep it).
     */
    @Override
    void close();

    /**
     * Throws {@link LockLostException} when the lock is no longer held (its session was killed, say); called before
     * each revision commits. The default does nothing.
     */
    default void checkHeld() {
    }

    /**
     * {@return the query that tells whether this session still holds the lock, for a lock owned by a database
     * session; else null} A run whose lock lives on its migration connection can ask it inside the statement that
     * records a revision, instead of in a round trip of its own before the commit.
     */
    default HeldQuery heldQuery() {
        return null;
    }

    /**
     * A query whose one row's first column is true while the session holds the lock.
     *
     * @param sql the query, with one parameter
     * @param key the parameter's value
     */
    record HeldQuery(String sql, Object key) {
    }

    /** The lock that does nothing, for {@code retort.lock.enabled=false}. */
    DatabaseLock NONE = () -> { };
}
