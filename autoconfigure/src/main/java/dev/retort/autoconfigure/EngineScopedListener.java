package dev.retort.autoconfigure;

import dev.retort.MigrationListener;

/** A {@link MigrationListener} bean that each auto-configured engine asks for its own copy, e.g. to tag by engine. */
public interface EngineScopedListener extends MigrationListener {

    /**
     * {@return the listener for one engine}
     *
     * @param engine the engine's bean name ({@code retort}, or {@code <name>Retort} for {@code retort.datasources.<name>})
     */
    MigrationListener forEngine(String engine);
}
