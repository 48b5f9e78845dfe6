package dev.retort.cli.commands;

import dev.retort.Retort;
import dev.retort.command.MigrationResult;
import dev.retort.command.OfflineSqlCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code downgrade <target>}. */
@Command(name = "downgrade", description = "Revert the database to a previous revision.")
public final class DowngradeCli extends MigratingCommand {

    @Parameters(index = "0", paramLabel = "<target>", description = "base, <rev>, <prefix>, -N, <rev>-N, "
            + "<label>@-N; with --sql a range <from>:<to> (e.g. heads:base).")
    String target;

    @Override
    String verb() {
        return "downgrade";
    }

    @Override
    MigrationResult offline() {
        return new OfflineSqlCommand(retort().context()).downgrade(target);
    }

    @Override
    MigrationResult dryRun(Retort retort) {
        return retort.downgradeDryRun(target);
    }

    @Override
    MigrationResult migrate(Retort retort) {
        return retort.downgrade(target);
    }
}
