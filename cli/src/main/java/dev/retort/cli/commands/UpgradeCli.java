package dev.retort.cli.commands;

import dev.retort.cli.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code upgrade <target>}. */
@Command(name = "upgrade", description = "Upgrade the database to a later revision.")
public final class UpgradeCli extends CliCommand {

    @Parameters(index = "0", paramLabel = "<target>", description = "head, heads, <rev>, <prefix>, +N, <rev>+N, "
            + "<label>@head, <label>@+N; with --sql also a range <from>:<to>.")
    String target;

    @Mixin
    MigrateOptions options;

    @Override
    public Integer call() {
        options.check(root.config());
        if (options.sql) {
            out().print(retort().upgradeSql(target));
        } else if (options.dryRun) {
            out().print(retort().upgradeDryRun(target).sql());
        } else {
            Migrations.summarize(out(), "upgrade", migratingRetort().upgrade(target));
        }
        return ExitCodes.OK;
    }
}
