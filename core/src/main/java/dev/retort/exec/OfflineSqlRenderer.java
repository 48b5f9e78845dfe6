package dev.retort.exec;

import dev.retort.RetortException;
import dev.retort.TransactionMode;
import dev.retort.dialect.Dialect;
import dev.retort.graph.MigrationPlan;
import dev.retort.graph.PlanStep;
import dev.retort.script.RevisionBody;
import dev.retort.script.SqlFlavor;
import dev.retort.script.SqlStatement;
import dev.retort.state.StateTables;
import java.util.List;

/**
 * Renders a plan as a SQL script laid out as Alembic's offline mode writes it: a {@code -- Running upgrade a -> b}
 * marker per step, the revision's statements, then its version-table statements. Where the database has
 * transactional DDL (PostgreSQL) the script is wrapped in {@code BEGIN;}/{@code COMMIT;} once per revision, or
 * once around everything with {@code transaction-mode=all}; the version table's {@code CREATE TABLE} sits inside
 * the first transaction, and a script that ends at base drops the table again.
 */
public final class OfflineSqlRenderer {

    private final Dialect dialect;
    private final StateTables tables;
    private final TransactionMode mode;

    public OfflineSqlRenderer(Dialect dialect, StateTables tables, TransactionMode mode) {
        this.dialect = dialect;
        this.tables = tables;
        this.mode = mode;
    }

    /**
     * Alembic's offline script: the version table is created where the plan starts from base and dropped where a
     * plan of at least one step ends there.
     */
    public String renderOffline(MigrationPlan plan) {
        return render(plan, plan.fromHeads().isEmpty(), !plan.isEmpty() && plan.toHeads().isEmpty());
    }

    /** What an online run would execute now: the version table is created only when it does not exist yet. */
    public String renderDryRun(MigrationPlan plan, boolean versionTableExists) {
        return render(plan, !versionTableExists, false);
    }

    /** {@code ensure_version --sql}: the version and history tables' {@code CREATE TABLE}, in one transaction. */
    public String renderEnsureVersion() {
        StringBuilder out = new StringBuilder();
        boolean transaction = emitsTransactions();
        if (transaction) {
            out.append("BEGIN;\n\n");
        }
        out.append(tables.createVersionTableSql()).append(";\n\n");
        out.append(tables.createHistoryTableSql()).append(";\n\n");
        if (transaction) {
            out.append("COMMIT;\n\n");
        }
        return out.toString();
    }

    private String render(MigrationPlan plan, boolean createVersionTable, boolean dropVersionTable) {
        if (plan.isEmpty()) {
            return "";
        }
        MigrationExecutor.checkAllMode(dialect, mode, plan);
        boolean transactions = emitsTransactions();
        boolean whole = transactions && mode == TransactionMode.ALL;
        StringBuilder out = new StringBuilder();
        if (whole) {
            out.append("BEGIN;\n\n");
        }
        boolean create = createVersionTable;
        for (PlanStep step : plan.steps()) {
            boolean perStep = transactions && !whole && (step.script() == null || step.script().transactional());
            if (perStep) {
                out.append("BEGIN;\n\n");
            }
            if (create) {
                out.append(tables.createVersionTableSql()).append(";\n\n");
                create = false;
            }
            out.append("-- Running ").append(marker(step)).append("\n\n");
            if (step.script() != null) {
                RevisionBody body = step.body();
                if (body instanceof RevisionBody.Java) {
                    throw new RetortException("Revision " + step.script().id() + " (" + step.script().source()
                            + ") is a Java revision and cannot be rendered as offline SQL; run it online, or split "
                            + "the range around it");
                }
                for (SqlStatement s : ((RevisionBody.Sql) body).statements()) {
                    out.append(terminated(s.sql())).append("\n\n");
                }
            }
            for (String sql : tables.render(step.versionChanges())) {
                out.append(sql).append(";\n\n");
            }
            if (perStep) {
                out.append("COMMIT;\n\n");
            }
        }
        if (dropVersionTable) {
            out.append("DROP TABLE ").append(tables.versionTable()).append(";\n\n");
        }
        if (whole) {
            out.append("COMMIT;\n\n");
        }
        return out.toString();
    }

    /**
     * Alembic's short step description: {@code upgrade a -> b}, {@code downgrade b -> a}, {@code stamp_revision a -> b};
     * base is an empty string, as Alembic writes it.
     */
    public static String marker(PlanStep step) {
        return (step.isStamp() ? "stamp_revision" : step.operation().sqlName()) + " " + ids(step.fromRevisions())
                + " -> " + ids(step.toRevisions());
    }

    private static String ids(List<String> revisions) {
        return String.join(", ", revisions);
    }

    /** PostgreSQL scripts are wrapped in transactions; MariaDB's DDL commits implicitly (Alembic writes none for MySQL). */
    private boolean emitsTransactions() {
        return dialect.transactionalDdl() && dialect.name().equals("postgresql");
    }

    private String terminated(String sql) {
        if (dialect.flavor() == SqlFlavor.MYSQL && sql.contains(";")) {
            return "DELIMITER //\n" + sql + "\n//\nDELIMITER ;";
        }
        return sql + ";";
    }
}
