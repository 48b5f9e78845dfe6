package dev.retort.cli.commands;

import dev.retort.Retort;
import dev.retort.cli.CliUsageException;
import dev.retort.cli.ExitCodes;
import dev.retort.cli.output.MigrationOutput;
import dev.retort.command.AlembicFormat;
import dev.retort.command.MigrationResult;
import java.util.List;
import picocli.CommandLine.Mixin;

/**
 * Upgrade, downgrade and stamp: offline SQL ({@code --sql}) or the SQL a run would execute ({@code --dry-run}) on
 * stdout, else the run, its steps logged to stderr; with {@code --json} the result on stdout.
 */
abstract class MigratingCommand extends CliCommand {

    @Mixin
    MigrateOptions options;

    @Mixin
    SchemaOptions schemas;

    abstract String verb();

    abstract MigrationResult offline();

    abstract MigrationResult dryRun(Retort retort);

    abstract MigrationResult migrate(Retort retort);

    @Override
    public Integer call() {
        options.check(root().config());
        if (schemas.active()) {
            if (options.sql) {
                throw new CliUsageException("--sql cannot be used with --schemas: offline SQL is the same for every "
                        + "schema (run it with the schema as the session's current schema)");
            }
            return fanOut(schemas, retort(), r -> {
                MigrationResult result = options.dryRun ? dryRun(r) : migrate(r);
                List<String> sql = options.dryRun ? result.sql().lines().toList() : List.of();
                List<String> summary = options.dryRun ? List.of() : List.of(verb().equals("stamp")
                        ? AlembicFormat.stamped(result) : AlembicFormat.summary(verb(), result));
                return new SchemaOutput(sql, summary, MigrationOutput.json(verb(), result), ExitCodes.OK);
            });
        }
        MigrationResult result;
        if (options.sql || options.dryRun) {
            result = options.sql ? offline() : dryRun(retort());
            if (!json()) {
                out().print(result.sql());
            }
        } else {
            result = migrate(migratingRetort());
            err().println(verb().equals("stamp") ? AlembicFormat.stamped(result)
                    : AlembicFormat.summary(verb(), result));
        }
        if (json()) {
            printJson(MigrationOutput.json(verb(), result));
        }
        return ExitCodes.OK;
    }
}
