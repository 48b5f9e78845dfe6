package dev.retort.cli.commands;

import dev.retort.cli.CliUsageException;
import picocli.CommandLine.Command;

/** {@code import flyway|alembic}: converts another tool's migrations into revisions. */
@Command(name = "import", description = "Convert another tool's migrations into revision files: 'import flyway' "
        + "or 'import alembic'.", subcommands = {ImportFlywayCli.class, ImportAlembicCli.class})
public final class ImportCli extends CliCommand {

    @Override
    public Integer call() {
        throw new CliUsageException("Name the tool to import from: 'retort import flyway <dir>' or "
                + "'retort import alembic <versions-dir> --upgrade-sql <file>'");
    }
}
