package dev.retort.schema;

import dev.retort.RetortException;

/** Autogenerate could not read a schema, build the target, or compare them; the message says which and why. */
public class SchemaException extends RetortException {

    public SchemaException(String message) {
        super(message);
    }

    public SchemaException(String message, Throwable cause) {
        super(message, cause);
    }
}
