package dev.retort.autoconfigure;

import dev.retort.Retort;

/** What runs against the database at startup; declare a bean of this type to replace {@code retort.startup}. */
@FunctionalInterface
public interface RetortMigrationStrategy {

    /**
     * Runs the startup migration (or anything else) with the configured engine.
     *
     * @param retort the configured engine
     */
    void migrate(Retort retort);
}
