package dev.retort.dialect;

import dev.retort.RetortException;

/** Another migrator held the lock for longer than {@code retort.lock.timeout}. */
public class LockTimeoutException extends RetortException {

    /** @param message the lock, how long it waited and who holds it */
    public LockTimeoutException(String message) {
        super(message);
    }
}
