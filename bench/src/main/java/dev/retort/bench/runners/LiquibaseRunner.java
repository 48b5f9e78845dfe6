package dev.retort.bench.runners;

import dev.retort.bench.gen.LinearWorkspace;
import java.sql.Connection;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Liquibase {@code update} on an XML master changelog that includes one formatted-SQL changeset file per
 * revision, through the command API as Spring Boot's {@code SpringLiquibase} calls it (summary to the log).
 */
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
        try (Connection connection = dataSource.getConnection();
                DirectoryResourceAccessor resources = new DirectoryResourceAccessor(workspace.liquibaseDir())) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Map<String, Object> scope = Map.of(Scope.Attr.ui.name(), new LoggerUIService(),
                    Scope.Attr.resourceAccessor.name(), resources);
            Scope.child(scope, () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, workspace.liquibaseMaster())
                    .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                    .execute());
        }
    }
}
