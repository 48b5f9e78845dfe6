package dev.retort.command;

import dev.retort.RetortException;

/**
 * {@code check}: in Alembic, fails when autogenerate would produce operations. Autogenerate is not
 * part of this release yet, so the command says so instead of pretending the schema is clean.
 */
public final class CheckCommand {

    public CheckCommand(CommandContext ctx) {
    }

    public void run() {
        throw new RetortException("'check' compares the database with the target schema and needs autogenerate, "
                + "which this version of Retort does not include yet. Use 'retort current --check-heads' to check "
                + "that the database is at head");
    }
}
