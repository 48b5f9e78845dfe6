package dev.retort.command;

import dev.retort.RetortException;
import dev.retort.schema.Autogenerator;
import dev.retort.schema.DdlTargetSchemaSource;
import dev.retort.schema.SchemaDialects;
import dev.retort.schema.SchemaException;
import dev.retort.schema.TargetSchemaSource;
import dev.retort.schema.diff.SchemaDiff;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code revision --autogenerate}: compares the database (which must be at head) with the target
 * schema and writes a revision that upgrades to it and downgrades back.
 */
public final class AutogenerateCommand {

    /** The revision written and the differences it contains (empty: the revision is empty). */
    public record Result(RevisionCommand.Result revision, SchemaDiff diff) {
    }

    private final CommandContext ctx;

    public AutogenerateCommand(CommandContext ctx) {
        this.ctx = ctx;
    }

    /** Writes the revision; the request's upgrade and downgrade SQL are replaced by the generated ones. */
    public Result run(RevisionCommand.Request request) {
        Autogenerator generator = generator();
        SchemaDiff diff = compare(generator);
        RevisionCommand.Request generated = new RevisionCommand.Request(request.message(), request.head(),
                request.splice(), request.branchLabels(), request.dependsOn(), request.revId(),
                generator.upgradeSql(diff), generator.downgradeSql(diff));
        return new Result(new RevisionCommand(ctx).run(generated), diff);
    }

    /** The differences between the database (at head) and the target schema. */
    public SchemaDiff compare() {
        return compare(generator());
    }

    private SchemaDiff compare(Autogenerator generator) {
        try (Connection c = ctx.connect()) {
            requireAtHead(c);
            return generator.compare(c);
        } catch (SQLException e) {
            throw new RetortException("Cannot read the version table " + ctx.tables().versionTable() + ": "
                    + e.getMessage(), e);
        }
    }

    private Autogenerator generator() {
        Set<String> excluded = new HashSet<>();
        excluded.add(ctx.config().versionTable());
        excluded.add(ctx.config().historyTable());
        excluded.add(ctx.config().versionTable() + "_lock");
        TargetSchemaSource target = ctx.config().autogenerateTarget() != null ? ctx.config().autogenerateTarget()
                : new DdlTargetSchemaSource(ctx.config().autogenerateSchema(), ctx.config().classLoader());
        return new Autogenerator(SchemaDialects.byName(ctx.dialect().name()), target, excluded);
    }

    /** Alembic's rule: comparing a database that is behind would write changes that pending revisions already make. */
    private void requireAtHead(Connection c) throws SQLException {
        List<String> current = StateReader.read(ctx, c, false, false).versions();
        Set<String> heads = Set.copyOf(ctx.graph().heads());
        if (!Set.copyOf(current).equals(heads)) {
            throw new SchemaException("The database is not up to date: it is at " + (current.isEmpty() ? "base" : current)
                    + " and the head" + (heads.size() == 1 ? " is " : "s are ") + heads
                    + ". Run 'retort upgrade heads' first, then autogenerate again");
        }
    }
}
