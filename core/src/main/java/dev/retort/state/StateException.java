package dev.retort.state;

import dev.retort.RetortException;

/** The version or history table is in a state Retort cannot continue from; the message says how to fix it. */
public class StateException extends RetortException {

    /** @param message what is wrong with the table and how to fix it */
    public StateException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong with the table and how to fix it
     * @param cause the underlying error
     */
    public StateException(String message, Throwable cause) {
        super(message, cause);
    }
}
