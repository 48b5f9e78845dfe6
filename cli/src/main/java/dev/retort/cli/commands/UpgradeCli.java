package dev.retort.cli.commands;

import dev.retort.Retort;
import dev.retort.command.MigrationResult;
import dev.retort.command.OfflineSqlCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code upgrade <target>}. */
@Command(name = "upgrade", description = "Upgrade the database to a later revision.")
public final class UpgradeCli extends MigratingCommand {

    @Parameters(index = "0", paramLabel = "<target>", description = "head, heads, <rev>, <prefix>, +N, <rev>+N, "
            + "<label>@head, <label>@+N; with --sql also a range <from>:<to>.")
    String target;

    @Override
    String verb() {
        return "upgrade";
    }

    @Override
    MigrationResult offline() {
        return new OfflineSqlCommand(retort().context()).upgrade(target);
    }

    @Override
    MigrationResult dryRun(Retort retort) {
        return retort.upgradeDryRun(target);
    }

    @Override
    MigrationResult migrate(Retort retort) {
        return retort.upgrade(target);
    }
}
