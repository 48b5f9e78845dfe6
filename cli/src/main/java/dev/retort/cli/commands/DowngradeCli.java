package dev.retort.cli.commands;

import dev.retort.cli.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code downgrade <target>}. */
@Command(name = "downgrade", description = "Revert the database to a previous revision.")
public final class DowngradeCli extends CliCommand {

    @Parameters(index = "0", paramLabel = "<target>", description = "base, <rev>, <prefix>, -N, <rev>-N, "
            + "<label>@-N; with --sql a range <from>:<to> (e.g. heads:base).")
    String target;

    @Mixin
    MigrateOptions options;

    @Override
    public Integer call() {
        options.check(root.config());
        if (options.sql) {
            out().print(retort().downgradeSql(target));
        } else if (options.dryRun) {
            out().print(retort().downgradeDryRun(target).sql());
        } else {
            Migrations.summarize(out(), "downgrade", migratingRetort().downgrade(target));
        }
        return ExitCodes.OK;
    }
}
