package dev.retort;

/** The engine was configured in a way it cannot work with (missing DataSource, bad location, ...). */
public class ConfigurationException extends RetortException {

    /** @param message what is wrong and how to fix it */
    public ConfigurationException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong and how to fix it
     * @param cause the underlying error
     */
    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
