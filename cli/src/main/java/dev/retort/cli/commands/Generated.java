package dev.retort.cli.commands;

import java.nio.file.Path;

/** Alembic's status line for a file a command wrote: {@code Generating <path> ...  done}. */
final class Generated {

    private Generated() {
    }

    static String line(Path file) {
        return "Generating " + file + " ...  done";
    }
}
