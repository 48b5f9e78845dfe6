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

    /** @param current the version-table rows that were compared */
    public record Result(List<String> differences, List<String> current) {
        public boolean valid() {
            return differences.isEmpty();
        }
    }

    private final CommandContext ctx;

    public ValidateCommand(CommandContext ctx) {
        this.ctx = ctx;
    }

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

    /** Throws a {@link ValidationException} listing the differences, if any; else returns the valid result. */
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
        private final List<String> differences;

        public ValidationException(String message, List<String> differences) {
            super(message);
            this.differences = List.copyOf(differences);
        }

        public List<String> differences() {
            return differences;
        }
    }
}
