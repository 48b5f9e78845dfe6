package dev.retort.cli.commands;

import dev.retort.command.MigrationResult;
import java.io.PrintStream;
import java.util.List;

/** The closing line of a migrating command. */
final class Migrations {

    private Migrations() {
    }

    static void summarize(PrintStream out, String verb, MigrationResult result) {
        if (result.steps().isEmpty()) {
            out.println("Nothing to " + verb + ": database at " + heads(result.toHeads()));
        } else {
            out.println(verb.substring(0, 1).toUpperCase() + verb.substring(1) + "d " + heads(result.fromHeads())
                    + " -> " + heads(result.toHeads()) + " (" + result.steps().size() + " step(s) in "
                    + result.durationMs() + " ms)");
        }
    }

    static String heads(List<String> heads) {
        return heads.isEmpty() ? "base" : String.join(", ", heads);
    }
}
