package dev.retort.cli.commands;

import dev.retort.cli.CliUsageException;
import dev.retort.config.ResolvedConfig;
import picocli.CommandLine.Option;

/** {@code --sql} and {@code --dry-run}, shared by upgrade, downgrade and stamp. */
final class MigrateOptions {

    @Option(names = "--sql", description = "Offline mode: print the SQL for the range without connecting to a "
            + "database (needs --dialect or a --url to take the dialect from).")
    boolean sql;

    @Option(names = "--dry-run", description = "Read the database's current revisions and print the SQL the "
            + "command would run, changing nothing.")
    boolean dryRun;

    /** Refuses combinations that cannot work, before anything is loaded. */
    void check(ResolvedConfig config) {
        if (sql && dryRun) {
            throw new CliUsageException("--sql and --dry-run cannot be combined: --sql needs no database, "
                    + "--dry-run reads it");
        }
        if (sql && config.get("dialect") == null && config.get("url") == null) {
            throw new CliUsageException("--sql needs to know the SQL dialect: pass --dialect h2|postgresql|mariadb "
                    + "(or a --url to take it from; no connection is made)");
        }
    }
}
