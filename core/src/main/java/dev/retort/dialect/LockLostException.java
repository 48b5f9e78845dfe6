package dev.retort.dialect;

import dev.retort.RetortException;

/** The migration lock is no longer held: its session ended (killed, timed out, disconnected) while migrating. */
public class LockLostException extends RetortException {

    /** @param message the lock, what ended it and what to do next */
    public LockLostException(String message) {
        super(message);
    }
}
