package dev.retort.dialect;

/** A held migration lock; closing it releases the lock (and dropping the connection would too). */
public interface DatabaseLock extends AutoCloseable {

    @Override
    void close();

    /** The lock that does nothing, for {@code retort.lock.enabled=false}. */
    DatabaseLock NONE = () -> { };
}
