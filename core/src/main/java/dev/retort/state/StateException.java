package dev.retort.state;

import dev.retort.RetortException;

/** The version or history table is in a state Retort cannot continue from; the message says how to fix it. */
public class StateException extends RetortException {

    public StateException(String message) {
        super(message);
    }

    public StateException(String message, Throwable cause) {
        super(message, cause);
    }
}
