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

    /** The lock that does nothing, for {@code retort.lock.enabled=false}. */
    DatabaseLock NONE = () -> { };
}
