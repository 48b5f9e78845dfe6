package dev.retort.bench.runners;

import dev.retort.bench.report.Targets;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.diff.DiffGeneratorFactory;
import liquibase.diff.DiffResult;
import liquibase.diff.compare.CompareControl;
import liquibase.diff.output.DiffOutputControl;
import liquibase.diff.output.changelog.DiffToChangeLog;
import liquibase.structure.core.Column;
import liquibase.ui.LoggerUIService;

/**
 * Liquibase's diff of the same two schemas, rendered as a changelog: the peer of Retort's compare + render.
 * Liquibase diffs two live databases, so the target exists as real tables in a second database.
 */
public final class LiquibaseDiffRunner implements DiffRunner<DiffResult> {

    private static final String ADDED_COLUMN = "extra";

    private final Connection target;
    private final Connection live;
    private final int expected;

    /** @param target connection to the database holding the target schema (Liquibase's reference) */
    public LiquibaseDiffRunner(Connection target, Connection live, int expected) {
        this.target = target;
        this.live = live;
        this.expected = expected;
    }

    @Override
    public String name() {
        return Targets.LIQUIBASE_DIFF;
    }

    /** Liquibase turns auto-commit off on PostgreSQL connections and leaves its reads' transaction open: end it. */
    @Override
    public void prepare() throws SQLException {
        for (Connection c : new Connection[] {target, live}) {
            if (!c.getAutoCommit()) {
                c.rollback();
            }
        }
    }

    @Override
    public DiffResult run() throws Exception {
        // UI messages go to the (quiet) log, as with LiquibaseRunner, so nothing is printed while timing
        return Scope.child(Map.of(Scope.Attr.ui.name(), new LoggerUIService()), () -> {
            DatabaseFactory databases = DatabaseFactory.getInstance();
            Database reference = databases.findCorrectDatabaseImplementation(new JdbcConnection(target));
            Database comparison = databases.findCorrectDatabaseImplementation(new JdbcConnection(live));
            DiffResult diff = DiffGeneratorFactory.getInstance().compare(reference, comparison,
                    CompareControl.STANDARD);
            try (PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), false,
                    StandardCharsets.UTF_8)) {
                new DiffToChangeLog(diff, new DiffOutputControl()).print(discard);
            }
            return diff;
        });
    }

    @Override
    public void check(DiffResult diff) {
        long missing = diff.getMissingObjects(Column.class).stream()
                .filter(c -> ADDED_COLUMN.equalsIgnoreCase(c.getName()))
                .count();
        if (missing != expected) {
            throw new IllegalStateException(name() + " reported " + missing + " missing '" + ADDED_COLUMN
                    + "' columns, expected " + expected);
        }
    }
}
