package dev.retort.exec;

import dev.retort.RetortException;
import dev.retort.dialect.Dialect;
import dev.retort.graph.MigrationPlan;
import dev.retort.graph.PlanStep;
import dev.retort.script.RevisionBody;
import dev.retort.script.SqlFlavor;
import dev.retort.script.SqlStatement;
import dev.retort.state.StateTables;

/** Renders a plan as a SQL script (Alembic's offline mode): revision statements plus version-table statements. */
public final class OfflineSqlRenderer {

    private final Dialect dialect;
    private final StateTables tables;

    /**
     * @param dialect the dialect to render for
     * @param tables the version table's statements
     */
    public OfflineSqlRenderer(Dialect dialect, StateTables tables) {
        this.dialect = dialect;
        this.tables = tables;
    }

    /**
     * {@return the SQL script}
     *
     * @param plan the steps to render
     * @param createVersionTable emit the version table's CREATE TABLE first (when starting from base)
     */
    public String render(MigrationPlan plan, boolean createVersionTable) {
        StringBuilder out = new StringBuilder();
        boolean transactional = dialect.transactionalDdl() && dialect.name().equals("postgresql");
        if (createVersionTable) {
            out.append(tables.createVersionTableSql()).append(";\n\n");
        }
        for (PlanStep step : plan.steps()) {
            out.append("-- Running ").append(step.operation().sqlName()).append(' ')
                    .append(step.fromRevisions().isEmpty() ? "<base>" : String.join(", ", step.fromRevisions()))
                    .append(" -> ")
                    .append(step.toRevisions().isEmpty() ? "<base>" : String.join(", ", step.toRevisions()));
            if (step.script() != null && !step.script().message().isEmpty()) {
                out.append(", ").append(step.script().message());
            }
            out.append('\n');
            boolean tx = transactional && (step.script() == null || step.script().transactional());
            if (tx) {
                out.append("BEGIN;\n\n");
            }
            if (step.script() != null) {
                RevisionBody body = step.isUpgrade() ? step.script().upgrade() : step.script().downgrade();
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
            if (tx) {
                out.append("COMMIT;\n\n");
            }
        }
        return out.toString();
    }

    private String terminated(String sql) {
        if (dialect.flavor() == SqlFlavor.MYSQL && sql.contains(";")) {
            return "DELIMITER //\n" + sql + "\n//\nDELIMITER ;";
        }
        return sql + ";";
    }
}
