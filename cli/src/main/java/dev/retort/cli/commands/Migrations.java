package dev.retort.cli.commands;

import dev.retort.command.MigrationResult;
import dev.retort.command.RevisionFormat;
import java.io.PrintStream;

/** The closing line of a migrating command. */
final class Migrations {

    private Migrations() {
    }

    static void summarize(PrintStream out, String verb, MigrationResult result) {
        out.println(RevisionFormat.summary(verb, result));
    }
}
