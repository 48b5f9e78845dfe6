package dev.retort.schema;

import dev.retort.RetortException;

/** Autogenerate could not read a schema, build the target, or compare them; the message says which and why. */
public class SchemaException extends RetortException {

    /** @param message what failed and what to do next */
    public SchemaException(String message) {
        super(message);
    }

    /**
     * @param message what failed and what to do next
     * @param cause the underlying error
     */
    public SchemaException(String message, Throwable cause) {
        super(message, cause);
    }
}
