package dev.retort.config;

import dev.retort.ConfigurationException;

/** A configuration file cannot be read; the message names the file (and line). */
public class ConfigFileException extends ConfigurationException {

    public ConfigFileException(String message) {
        super(message);
    }

    public ConfigFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
