package dev.retort.importer;

import dev.retort.ConfigurationException;

/** Another tool's project cannot be converted as given; the message names the file and what to change. */
public class ImportException extends ConfigurationException {

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
