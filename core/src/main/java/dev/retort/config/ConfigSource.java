package dev.retort.config;

import java.util.Map;

/**
 * One place settings come from (command line, environment, a file), with keys as in
 * {@code retort.*} properties minus the prefix: {@code url}, {@code version-table}, {@code lock.timeout}.
 */
public record ConfigSource(String name, Map<String, String> values) {

    /**
     * Copies the values.
     *
     * @param name where the settings come from, as {@code --verbose} shows it
     * @param values the settings, key → value
     */
    public ConfigSource {
        values = Map.copyOf(values);
    }
}
