package dev.retort.bench.runners;

import dev.retort.bench.gen.LinearWorkspace;
import java.sql.Connection;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.ui.LoggerUIService;

/** Liquibase {@code update} on an XML master changelog including one formatted-SQL changeset file per revision. */
public final class LiquibaseRunner implements ToolRunner {

    private final LinearWorkspace workspace;

    public LiquibaseRunner(LinearWorkspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public String name() {
        return "Liquibase";
    }

    @Override
    public void migrate(DataSource dataSource) throws Exception {
        // the UI service sends Liquibase's console summary to its (silenced) logger instead of stdout
        Scope.child(Map.of(Scope.Attr.ui.name(), new LoggerUIService()), () -> {
            Connection connection = dataSource.getConnection();
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            try (Liquibase liquibase = new Liquibase(workspace.liquibaseMaster(),
                    new DirectoryResourceAccessor(workspace.liquibaseDir()), database)) {
                liquibase.update(new Contexts(), new LabelExpression());
            }
        });
    }
}
