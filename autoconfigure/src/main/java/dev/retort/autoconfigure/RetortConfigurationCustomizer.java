package dev.retort.autoconfigure;

import dev.retort.RetortConfiguration;

/** Adjusts the engine's configuration after the properties are applied and before the revisions load. */
@FunctionalInterface
public interface RetortConfigurationCustomizer {

    /**
     * Customizes the configuration in place.
     *
     * @param configuration the engine's configuration, with the {@code retort.*} properties applied
     */
    void customize(RetortConfiguration configuration);
}
