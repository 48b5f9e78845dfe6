package example;

import dev.retort.Retort;
import dev.retort.autoconfigure.RetortProperties;
import dev.retort.cli.Main;

/** Compiles only when the BOM's versions resolve core, autoconfigure (through the starter) and the CLI. */
class UsesRetort {

    Class<?>[] retortTypes() {
        return new Class<?>[] {Retort.class, RetortProperties.class, Main.class};
    }
}
