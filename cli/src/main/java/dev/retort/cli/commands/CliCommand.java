package dev.retort.cli.commands;

import dev.retort.Retort;
import dev.retort.cli.RetortCli;
import dev.retort.cli.output.JsonWriter;
import dev.retort.cli.output.StepReporter;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ParentCommand;

/**
 * What every subcommand shares: the global options and the streams. Results go to stdout (text, or JSON with
 * {@code --json}); progress and log lines go to stderr, as Alembic does. Subclasses only adapt a core command.
 */
abstract class CliCommand implements Callable<Integer> {

    /** {@code retort}, or the command this one is nested in ({@code import}). */
    @ParentCommand
    Object parent;

    RetortCli root() {
        return parent instanceof RetortCli r ? r : ((CliCommand) parent).root();
    }

    PrintStream out() {
        return root().environment().out();
    }

    PrintStream err() {
        return root().environment().err();
    }

    boolean json() {
        return root().json();
    }

    /** The engine, for commands that only read. */
    Retort retort() {
        return root().load();
    }

    /** The engine, logging each migration step to stderr (with progress on a terminal). */
    Retort migratingRetort() {
        return root().load(new StepReporter(err(), root().environment().interactive()));
    }

    void printJson(Object value) {
        out().println(JsonWriter.write(value));
    }

    /** A result written as text lines on stdout, or with {@code --json} as JSON there and the lines on stderr. */
    void result(List<String> lines, Object json) {
        if (json()) {
            lines.forEach(err()::println);
            printJson(json);
        } else {
            lines.forEach(out()::println);
        }
    }
}
