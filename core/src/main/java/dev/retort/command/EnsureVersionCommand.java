package dev.retort.command;

import dev.retort.RetortException;
import dev.retort.exec.OfflineSqlRenderer;
import java.sql.Connection;
import java.sql.SQLException;

/** {@code ensure_version}: creates the version and history tables if they do not exist, and nothing else. */
public final class EnsureVersionCommand {

    /**
     * @param versionTable the version table, qualified as the SQL names it
     * @param created whether this run created a table (false: both existed)
     */
    public record Result(String versionTable, String historyTable, boolean created) {
    }

    private final CommandContext ctx;

    public EnsureVersionCommand(CommandContext ctx) {
        this.ctx = ctx;
    }

    public Result run() {
        try (CommandContext.HeldLock ignored = ctx.lock(); Connection c = ctx.connect()) {
            DatabaseState state = StateReader.read(ctx, c, false);
            StateReader.createMissing(ctx, c, state);
            return new Result(ctx.tables().versionTable(), ctx.tables().historyTable(),
                    !(state.versionTableExists() && state.historyTableExists()));
        } catch (SQLException e) {
            throw new RetortException("ensure_version failed: " + e.getMessage(), e);
        }
    }

    /** {@code ensure_version --sql}: the tables' CREATE statements, without a database. */
    public String sql() {
        return new OfflineSqlRenderer(ctx.dialect(), ctx.tables(), ctx.config().transactionMode()).renderEnsureVersion();
    }
}
