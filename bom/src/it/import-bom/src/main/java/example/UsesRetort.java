package example;

import dev.retort.Retort;
import dev.retort.autoconfigure.RetortProperties;
import dev.retort.cli.Main;
import dev.retort.jpa.JpaTargetSchemaSource;

/**
 * Compiles only when the BOM's versions resolve core, autoconfigure (through the starter), the CLI and retort-jpa.
 */
class UsesRetort {

    Class<?>[] retortTypes() {
        return new Class<?>[] {Retort.class, RetortProperties.class, Main.class, JpaTargetSchemaSource.class};
    }
}
