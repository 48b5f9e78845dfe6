package dev.retort.config;

import dev.retort.ConfigurationException;

/** A configuration file cannot be read; the message names the file (and line). */
public class ConfigFileException extends ConfigurationException {

    /** @param message the file, the line and what is wrong with it */
    public ConfigFileException(String message) {
        super(message);
    }

    /**
     * @param message the file and what is wrong with it
     * @param cause the underlying error
     */
    public ConfigFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
