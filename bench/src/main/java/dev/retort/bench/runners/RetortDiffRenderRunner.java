package dev.retort.bench.runners;

import dev.retort.bench.gen.AutogenerateSchemas;
import dev.retort.bench.report.Targets;
import dev.retort.schema.Autogenerator;
import dev.retort.schema.DdlTargetSchemaSource;
import dev.retort.schema.PostgresSchemaDialect;
import dev.retort.schema.diff.SchemaDiff;
import java.sql.Connection;
import java.util.List;
import java.util.Set;

/**
 * The same work as Liquibase's diff row, on an open connection: build the target (its DDL in a scratch schema,
 * reflected, dropped), reflect the live schema, compare, and render the upgrade and downgrade SQL. What it leaves
 * out of the whole command is loading the revisions, the head check and writing the file.
 */
public final class RetortDiffRenderRunner implements DiffRunner<SchemaDiff> {

    private final Connection connection;
    private final AutogenerateSchemas schemas;
    private int rendered;

    public RetortDiffRenderRunner(Connection connection, AutogenerateSchemas schemas) {
        this.connection = connection;
        this.schemas = schemas;
    }

    @Override
    public String name() {
        return Targets.AUTOGENERATE_DIFF_RENDER;
    }

    @Override
    public SchemaDiff run() {
        DdlTargetSchemaSource target = new DdlTargetSchemaSource(List.of("filesystem:" + schemas.targetFile()),
                RetortDiffRenderRunner.class.getClassLoader());
        Autogenerator autogenerator = new Autogenerator(new PostgresSchemaDialect(), target, Set.of());
        SchemaDiff diff = autogenerator.compare(connection);
        rendered = autogenerator.upgradeSql(diff).length() + autogenerator.downgradeSql(diff).length();
        return diff;
    }

    @Override
    public void check(SchemaDiff diff) {
        if (diff.changes().size() != schemas.changed() || rendered == 0) {
            throw new IllegalStateException(name() + " found " + diff.changes().size() + " changes, expected "
                    + schemas.changed() + ", and rendered " + rendered + " characters");
        }
    }
}
