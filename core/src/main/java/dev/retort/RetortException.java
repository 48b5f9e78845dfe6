package dev.retort;

/** Base of every error Retort reports; the message says what went wrong and what to do next. */
public class RetortException extends RuntimeException {

    public RetortException(String message) {
        super(message);
    }

    public RetortException(String message, Throwable cause) {
        super(message, cause);
    }
}
