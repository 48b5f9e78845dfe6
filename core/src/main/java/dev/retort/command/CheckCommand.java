package dev.retort.command;

import java.util.List;

/**
 * {@code check}: the operations autogenerate would write now; any at all means the database (at head)
 * does not match the target schema, and the CLI exits 1.
 */
public final class CheckCommand {

    /** One description per pending operation; empty when the schema matches. */
    public record Result(List<String> differences) {

        public Result {
            differences = List.copyOf(differences);
        }

        public boolean clean() {
            return differences.isEmpty();
        }
    }

    private final CommandContext ctx;

    public CheckCommand(CommandContext ctx) {
        this.ctx = ctx;
    }

    public Result run() {
        return new Result(new AutogenerateCommand(ctx).compare().descriptions());
    }
}
