package dev.retort.cli.commands;

import dev.retort.cli.ExitCodes;
import dev.retort.command.ImportCommand;
import dev.retort.importer.FlywayHistory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import flyway <dir> [--stamp]}. */
@Command(name = "flyway", description = "Turn Flyway's V<version>__<description>.sql files into a revision chain "
        + "in the (empty) revision directory: ids from the versions (V1_2 -> v1_2), messages from the descriptions, "
        + "U<version>__ undo scripts as downgrades, the rest irreversible; R__ repeatables are reported.")
public final class ImportFlywayCli extends CliCommand {

    @Parameters(index = "0", paramLabel = "<dir>", description = "Flyway's migration directory (e.g. "
            + "src/main/resources/db/migration).")
    String directory;

    @Option(names = "--stamp", description = "Read Flyway's history table from the database (--url) and stamp it at "
            + "the last version Flyway applied successfully.")
    boolean stamp;

    @Option(names = "--flyway-table", paramLabel = "<table>", defaultValue = FlywayHistory.DEFAULT_TABLE,
            description = "Flyway's history table, optionally schema.table (default: ${DEFAULT-VALUE}).")
    String flywayTable;

    @Override
    public Integer call() {
        ImportOutput.prepare(this);
        ImportCommand.Result result = new ImportCommand(retort().context())
                .flyway(ImportOutput.path(this, directory), stamp, flywayTable);
        ImportOutput.report(this, result);
        return ExitCodes.OK;
    }
}
