package dev.retort;

/** Base of every error Retort reports; the message says what went wrong and what to do next. */
public class RetortException extends RuntimeException {

    /** @param message what went wrong and what to do next */
    public RetortException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong and what to do next
     * @param cause the underlying error
     */
    public RetortException(String message, Throwable cause) {
        super(message, cause);
    }
}
