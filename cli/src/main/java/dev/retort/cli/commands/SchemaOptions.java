package dev.retort.cli.commands;

import dev.retort.cli.CliUsageException;
import picocli.CommandLine.Option;

/** {@code --schemas} and {@code --parallel}: run the command in each tenant schema. */
final class SchemaOptions {

    @Option(names = "--schemas", paramLabel = "<list>", description = "Run in each of these schemas (MariaDB: "
            + "databases): comma-separated names or glob patterns such as 'tenant_*', each schema with its own version "
            + "and history tables and lock, and current schema while its revisions run. Other schemas are untouched.")
    String schemas;

    @Option(names = "--parallel", paramLabel = "<n>", defaultValue = "1", description = "With --schemas: how many "
            + "schemas run at once, each on its own connections (default 1).")
    int parallel;

    /** Whether the command fans out over schemas. */
    boolean active() {
        if (schemas == null && parallel != 1) {
            throw new CliUsageException("--parallel needs --schemas: it bounds how many schemas run at once");
        }
        if (parallel < 1) {
            throw new CliUsageException("--parallel must be at least 1, not " + parallel);
        }
        return schemas != null;
    }
}
