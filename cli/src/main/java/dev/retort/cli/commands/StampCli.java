package dev.retort.cli.commands;

import dev.retort.cli.ExitCodes;
import dev.retort.command.MigrationResult;
import dev.retort.command.RevisionFormat;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stamp <rev>... [--purge]}. */
@Command(name = "stamp", description = "Set the version table to the given revision(s) without running any "
        + "migration. Several targets keep every branch.")
public final class StampCli extends CliCommand {

    @Parameters(paramLabel = "<rev>", arity = "1..*", description = "Revision(s) to stamp; base empties the table.")
    List<String> revisions;

    @Option(names = "--purge", description = "Delete every version row first (also unknown ones) instead of "
            + "moving from the current revisions.")
    boolean purge;

    @Override
    public Integer call() {
        MigrationResult result = migratingRetort().stamp(revisions, purge);
        out().println(RevisionFormat.stamped(result));
        return ExitCodes.OK;
    }
}
