package dev.retort.cli.commands;

import dev.retort.Retort;
import dev.retort.cli.RetortCli;
import dev.retort.cli.output.JsonWriter;
import dev.retort.cli.output.StepReporter;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.ParentCommand;

/** What every subcommand shares: the global options and the streams. Subclasses only adapt a core command. */
abstract class CliCommand implements Callable<Integer> {

    @ParentCommand
    RetortCli root;

    PrintStream out() {
        return root.environment().out();
    }

    PrintStream err() {
        return root.environment().err();
    }

    /** The engine, for commands that only read. */
    Retort retort() {
        return root.load();
    }

    /** The engine, printing each migration step (with progress on a terminal). */
    Retort migratingRetort() {
        return root.load(new StepReporter(out(), root.environment().interactive()));
    }

    void printJson(Object value) {
        out().println(JsonWriter.write(value));
    }
}
