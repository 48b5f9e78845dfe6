package dev.retort;

/** The engine was configured in a way it cannot work with (missing DataSource, bad location, ...). */
public class ConfigurationException extends RetortException {

    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
