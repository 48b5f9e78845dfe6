package dev.retort.cli.commands;

import dev.retort.Retort;
import dev.retort.cli.CliUsageException;
import dev.retort.command.MigrationResult;
import dev.retort.command.OfflineSqlCommand;
import dev.retort.command.StampCommand;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stamp <rev>... [--purge]}. */
@Command(name = "stamp", description = "Set the version table to the given revision(s) without running any "
        + "migration. Several targets keep every branch.")
public final class StampCli extends MigratingCommand {

    @Parameters(paramLabel = "<rev>", arity = "1..*", description = "Revision(s) to stamp; base empties the table. "
            + "With --sql each may be <from>:<rev> (one <from> for all).")
    List<String> revisions;

    @Option(names = "--purge", description = "Delete every version row first (also unknown ones) instead of "
            + "moving from the current revisions.")
    boolean purge;

    @Override
    String verb() {
        return "stamp";
    }

    @Override
    MigrationResult offline() {
        if (purge) {
            throw new CliUsageException("--purge cannot be used with --sql: offline mode does not know the rows to "
                    + "delete (stamp from a start instead: <from>:<rev>)");
        }
        return new OfflineSqlCommand(retort().context()).stamp(revisions);
    }

    @Override
    MigrationResult dryRun(Retort retort) {
        return new StampCommand(retort.context()).run(revisions, purge, true);
    }

    @Override
    MigrationResult migrate(Retort retort) {
        return retort.stamp(revisions, purge);
    }
}
