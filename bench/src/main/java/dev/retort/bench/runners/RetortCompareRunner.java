package dev.retort.bench.runners;

import dev.retort.bench.gen.AutogenerateSchemas;
import dev.retort.bench.report.Targets;
import dev.retort.schema.Autogenerator;
import dev.retort.schema.DdlTargetSchemaSource;
import dev.retort.schema.PostgresSchemaDialect;
import dev.retort.schema.diff.SchemaComparator;
import dev.retort.schema.diff.SchemaDiff;
import dev.retort.schema.model.Schema;
import java.sql.Connection;
import java.util.List;
import java.util.Set;

/**
 * Retort's reflect + compare on an open connection: the target schema is built once beforehand, so this is the
 * cost of reading the live catalog and diffing the two models (the part SPEC section 9 case 4 targets).
 */
public final class RetortCompareRunner implements DiffRunner<SchemaDiff> {

    private final Connection connection;
    private final DdlTargetSchemaSource source;
    private final Schema target;
    private final int expected;

    private RetortCompareRunner(Connection connection, DdlTargetSchemaSource source, Schema target, int expected) {
        this.connection = connection;
        this.source = source;
        this.target = target;
        this.expected = expected;
    }

    /** Loads the target schema (scratch schema on {@code connection}, reflected, dropped) once, off the clock. */
    public static RetortCompareRunner prepare(Connection connection, AutogenerateSchemas schemas) {
        DdlTargetSchemaSource source = new DdlTargetSchemaSource(List.of("filesystem:" + schemas.targetFile()),
                RetortCompareRunner.class.getClassLoader());
        Schema target = source.load(connection, new PostgresSchemaDialect());
        return new RetortCompareRunner(connection, source, target, schemas.changed());
    }

    @Override
    public String name() {
        return Targets.AUTOGENERATE_COMPARE;
    }

    @Override
    public SchemaDiff run() {
        Schema live = new Autogenerator(new PostgresSchemaDialect(), source, Set.of()).reflectLive(connection);
        return SchemaComparator.compare(live, target);
    }

    @Override
    public void check(SchemaDiff diff) {
        if (diff.changes().size() != expected) {
            throw new IllegalStateException(name() + " found " + diff.changes().size() + " changes, expected "
                    + expected + ": " + diff.descriptions());
        }
    }
}
