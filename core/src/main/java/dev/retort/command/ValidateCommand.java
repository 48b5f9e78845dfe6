package dev.retort.command;

import dev.retort.RetortException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code validate}: is the database exactly at the target, with unchanged scripts? Used by
 * {@code retort.startup=validate}; lists every difference.
 */
public final class ValidateCommand {

    /**
     * The differences found.
     *
     * @param differences one message per difference; empty when valid
     * @param current the version-table rows that were compared
     */
    public record Result(List<String> differences, List<String> current) {
        /** {@return whether the database is exactly at the target with unchanged scripts} */
        public boolean valid() {
            return differences.isEmpty();
        }
    }

    private final CommandContext ctx;

    /** @param ctx the engine's shared context */
    public ValidateCommand(CommandContext ctx) {
        this.ctx = ctx;
    }

    /**
     * {@return every difference between the database and {@code target}}
     *
     * @param target the revision identifier the database should be at
     */
    public Result run(String target) {
        if (ctx.config().connectRetries() > 0) {
            try (Connection c = ctx.connectWithRetries()) {
                // waits for a database that is still starting
            } catch (SQLException e) {
                throw new RetortException("Cannot close a connection: " + e.getMessage(), e);
            }
        }
        StatusCommand.Result status = new StatusCommand(ctx).run(target);
        List<String> differences = new ArrayList<>(status.problems());
        for (String p : status.pending()) {
            var node = ctx.graph().node(p);
            differences.add("revision " + p + " (" + node.script().source() + ") is pending: " + node.script().message());
        }
        return new Result(differences, status.current());
    }

    /**
     * Throws a {@link ValidationException} listing the differences, if any.
     *
     * @param target the revision identifier the database should be at
     * @return the valid result
     */
    public Result require(String target) {
        Result r = run(target);
        if (!r.valid()) {
            throw new ValidationException("The database is not at " + target + ":\n  - "
                    + String.join("\n  - ", r.differences()) + "\nRun 'retort upgrade " + target
                    + "' (or set retort.startup=upgrade) to migrate it", r.differences());
        }
        return r;
    }

    /** The database differs from what validation expects. */
    public static class ValidationException extends RetortException {
        /** The differences, one message each. */
        private final List<String> differences;

        /**
         * @param message the differences and what to run
         * @param differences the differences, one message each
         */
        public ValidationException(String message, List<String> differences) {
            super(message);
            this.differences = List.copyOf(differences);
        }

        /** {@return the differences, one message each} */
        public List<String> differences() {
            return differences;
        }
    }
}
