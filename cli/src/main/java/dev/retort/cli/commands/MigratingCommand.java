package dev.retort.cli.commands;

import dev.retort.cli.ExitCodes;
import dev.retort.cli.output.MigrationOutput;
import dev.retort.command.AlembicFormat;
import dev.retort.command.MigrationResult;
import picocli.CommandLine.Mixin;

/**
 * Upgrade, downgrade and stamp: offline SQL ({@code --sql}) or the SQL a run would execute ({@code --dry-run}) on
 * stdout, else the run, its steps logged to stderr; with {@code --json} the result on stdout.
 */
abstract class MigratingCommand extends CliCommand {

    @Mixin
    MigrateOptions options;

    abstract String verb();

    abstract MigrationResult offline();

    abstract MigrationResult dryRun();

    abstract MigrationResult migrate();

    @Override
    public Integer call() {
        options.check(root().config());
        MigrationResult result;
        if (options.sql || options.dryRun) {
            result = options.sql ? offline() : dryRun();
            if (!json()) {
                out().print(result.sql());
            }
        } else {
            result = migrate();
            err().println(verb().equals("stamp") ? AlembicFormat.stamped(result)
                    : AlembicFormat.summary(verb(), result));
        }
        if (json()) {
            printJson(MigrationOutput.json(verb(), result));
        }
        return ExitCodes.OK;
    }
}
