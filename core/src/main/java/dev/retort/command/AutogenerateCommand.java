package dev.retort.command;

import dev.retort.ConfigurationException;
import dev.retort.RetortConfiguration;
import dev.retort.RetortException;
import dev.retort.schema.Autogenerator;
import dev.retort.schema.DdlTargetSchemaSource;
import dev.retort.schema.NameFilter;
import dev.retort.schema.SchemaDialects;
import dev.retort.schema.SchemaException;
import dev.retort.schema.TargetSchemaProvider;
import dev.retort.schema.TargetSchemaSource;
import dev.retort.schema.diff.SchemaDiff;
import dev.retort.schema.model.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * {@code revision --autogenerate}: compares the database (which must be at head) with the target
 * schema and writes a revision that upgrades to it and downgrades back.
 */
public final class AutogenerateCommand {

    /** The {@code autogenerate.source} of the schema files ({@code retort.autogenerate.schema}), the default. */
    public static final String SCHEMA_SOURCE = "schema";

    /** The revision written and the differences it contains (empty: the revision is empty). */
    public record Result(RevisionCommand.Result revision, SchemaDiff diff) {
    }

    private final CommandContext ctx;

    /** @param ctx the engine's shared context */
    public AutogenerateCommand(CommandContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Writes the revision; the request's upgrade and downgrade SQL are replaced by the generated ones.
     *
     * @param request message, parents, labels and id of the new revision
     * @return the written revision and the differences it holds
     */
    public Result run(RevisionCommand.Request request) {
        Autogenerator generator = generator(configuredTarget());
        SchemaDiff diff = compare(generator);
        RevisionCommand.Request generated = new RevisionCommand.Request(request.message(), request.head(),
                request.splice(), request.branchLabels(), request.dependsOn(), request.revId(),
                generator.upgradeSql(diff), generator.downgradeSql(diff));
        return new Result(new RevisionCommand(ctx).run(generated, generator.transactional(diff)), diff);
    }

    /** {@return the differences between the database (at head) and the target schema} */
    public SchemaDiff compare() {
        return compare(configuredTarget());
    }

    /** The differences between the database (at head) and {@code target}. */
    public SchemaDiff compare(TargetSchemaSource target) {
        return compare(generator(target));
    }

    /** The database's current schema as autogenerate reads it: Retort's own tables and excluded tables left out. */
    public Schema reflectLive() {
        try (Connection c = ctx.connect()) {
            return generator(null).reflectLive(c);
        } catch (SQLException e) {
            throw new RetortException("Cannot read the database schema: " + e.getMessage(), e);
        }
    }

    /**
     * {@return the target the engine is configured with: the {@link RetortConfiguration#autogenerateTarget} set on
     * it, else the provider of {@code retort.autogenerate.source} ({@code jpa}: retort-jpa's entities), else the
     * files of {@code retort.autogenerate.schema}}
     */
    public TargetSchemaSource configuredTarget() {
        RetortConfiguration config = ctx.config();
        if (config.autogenerateTarget() != null) {
            return config.autogenerateTarget();
        }
        String source = config.autogenerateSource();
        if (source == null || source.equals(SCHEMA_SOURCE)) {
            return new DdlTargetSchemaSource(config.autogenerateSchema(), config.classLoader());
        }
        List<String> found = new ArrayList<>();
        for (TargetSchemaProvider provider : ServiceLoader.load(TargetSchemaProvider.class, config.classLoader())) {
            if (provider.source().equals(source)) {
                return provider.target(config.classLoader(), config.autogenerateSettings());
            }
            found.add(provider.source());
        }
        throw new ConfigurationException("retort.autogenerate.source=" + source + ", but no provider of that target "
                + "schema is on the class path" + (found.isEmpty() ? "" : " (there are: " + String.join(", ", found) + ")")
                + (source.equals("jpa") ? ". The JPA entities need dev.retort:retort-jpa and the application's "
                        + "Hibernate on the class path: add retort-jpa as a dependency (test scope is enough for the "
                        + "test kit), or run autogenerate and check from the build with the retort-maven-plugin "
                        + "(mvn compile retort:revision -Dretort.autogenerate=true, mvn compile retort:check)" : "")
                + "; or set retort.autogenerate.source=schema to compare with the schema files");
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

    private Autogenerator generator(TargetSchemaSource target) {
        Set<String> excluded = new HashSet<>();
        excluded.add(ctx.config().versionTable());
        excluded.add(ctx.config().historyTable());
        excluded.add(ctx.config().versionTable() + "_lock");
        return new Autogenerator(SchemaDialects.byName(ctx.dialect().name()), target, excluded,
                NameFilter.of(ctx.config().autogenerateExcludeTables()));
    }

    /** Alembic's rule: comparing a database that is behind would write changes that pending revisions already make. */
    private void requireAtHead(Connection c) throws SQLException {
        List<String> current = StateReader.read(ctx, c, false).versions();
        Set<String> heads = Set.copyOf(ctx.graph().heads());
        if (!Set.copyOf(current).equals(heads)) {
            throw new SchemaException("The database is not up to date: it is at " + (current.isEmpty() ? "base" : current)
                    + " and the head" + (heads.size() == 1 ? " is " : "s are ") + heads
                    + ". Run 'retort upgrade heads' first, then autogenerate again");
        }
    }
}
