package dev.retort.command;

import dev.retort.schema.diff.SchemaDiff;
import java.util.List;

/**
 * {@code check}: the operations autogenerate would write now; any at all means the database (at head)
 * does not match the target schema, and the CLI exits 1.
 */
public final class CheckCommand {

    /**
     * One description per pending operation; empty when the schema matches.
     *
     * @param notes review notes autogenerate would write (possible renames)
     */
    public record Result(List<String> differences, List<String> notes) {

        /**
         * Copies both lists.
         *
         * @param differences one description per pending operation
         * @param notes review notes
         */
        public Result {
            differences = List.copyOf(differences);
            notes = List.copyOf(notes);
        }

        /** {@return whether the schema matches (no differences)} */
        public boolean clean() {
            return differences.isEmpty();
        }
    }

    private final CommandContext ctx;

    /** @param ctx the engine's shared context */
    public CheckCommand(CommandContext ctx) {
        this.ctx = ctx;
    }

    /** {@return the differences between the database (at head) and the target schema} */
    public Result run() {
        SchemaDiff diff = new AutogenerateCommand(ctx).compare();
        return new Result(diff.descriptions(), diff.notes());
    }
}
