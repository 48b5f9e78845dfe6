package dev.retort.cli.commands;

import dev.retort.cli.ExitCodes;
import dev.retort.command.ImportCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import alembic <versions-dir> --upgrade-sql F [--downgrade-sql F]}. */
@Command(name = "alembic", description = "Write an Alembic project's revisions as SQL revisions with the same ids "
        + "(so alembic_version needs no change): the graph and messages from the revision files, the SQL cut out of "
        + "Alembic's offline output at its '-- Running upgrade a -> b' markers.")
public final class ImportAlembicCli extends CliCommand {

    @Parameters(index = "0", paramLabel = "<versions-dir>", description = "Alembic's versions directory.")
    String versions;

    @Option(names = "--upgrade-sql", required = true, paramLabel = "<file>",
            description = "Output of 'alembic upgrade heads --sql' (from base over every revision).")
    String upgradeSql;

    @Option(names = "--downgrade-sql", paramLabel = "<file>", description = "Output of 'alembic downgrade "
            + "heads:base --sql'; without it every revision is written irreversible.")
    String downgradeSql;

    @Override
    public Integer call() {
        ImportOutput.prepare(this);
        ImportCommand.Result result = new ImportCommand(retort().context()).alembic(ImportOutput.path(this, versions),
                ImportOutput.path(this, upgradeSql),
                downgradeSql == null ? null : ImportOutput.path(this, downgradeSql));
        ImportOutput.report(this, result);
        return ExitCodes.OK;
    }
}
