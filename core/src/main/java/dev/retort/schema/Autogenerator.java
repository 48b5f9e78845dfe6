package dev.retort.schema;

import dev.retort.schema.diff.SchemaChange;
import dev.retort.schema.diff.SchemaComparator;
import dev.retort.schema.diff.SchemaDiff;
import dev.retort.schema.model.Schema;
import dev.retort.schema.render.SqlRenderer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/** Compares the live schema with a target and renders the difference as upgrade and downgrade SQL. */
public final class Autogenerator {

    private final SchemaDialect dialect;
    private final TargetSchemaSource target;
    private final Set<String> excluded;
    private final NameFilter filter;

    /**
     * @param dialect reflects the live schema and renders SQL
     * @param target the target schema
     * @param excluded tables never compared: Retort's version, history and lock tables
     */
    public Autogenerator(SchemaDialect dialect, TargetSchemaSource target, Set<String> excluded) {
        this(dialect, target, excluded, NameFilter.of(List.of()));
    }

    /**
     * An autogenerator that leaves out what {@code filter} excludes.
     *
     * @param dialect the live database's schema dialect
     * @param target where the target schema comes from
     * @param excluded tables never compared: Retort's version, history and lock tables
     * @param filter what else is left out on both sides ({@code retort.autogenerate.exclude-tables})
     */
    public Autogenerator(SchemaDialect dialect, TargetSchemaSource target, Set<String> excluded, NameFilter filter) {
        this.dialect = dialect;
        this.target = target;
        this.excluded = Set.copyOf(excluded);
        this.filter = filter;
    }

    /**
     * {@return the connection's current schema, as reflected, without what the filter leaves out}
     *
     * @param connection the database
     */
    public Schema reflectLive(Connection connection) {
        try {
            return filter.apply(dialect.reflector().reflect(connection, dialect.currentSchema(connection), excluded));
        } catch (SQLException e) {
            throw new SchemaException("Cannot read the database schema: " + e.getMessage(), e);
        }
    }

    /**
     * {@return the changes that bring the connection's current schema to the target} The target's generated constraint
     * names are replaced by the names the revision writes, which its downgrade then drops.
     *
     * @param connection the database
     */
    public SchemaDiff compare(Connection connection) {
        Schema live = reflectLive(connection);
        Schema wanted = filter.apply(target.load(connection, dialect));
        return SchemaComparator.compare(live, dialect.renderer().withWrittenNames(wanted));
    }

    /**
     * {@return false when a change cannot run inside a transaction either way, so the revision is
     * {@code transactional: false}}
     *
     * @param diff the changes the revision holds
     */
    public boolean transactional(SchemaDiff diff) {
        SqlRenderer renderer = dialect.renderer();
        return diff.changes().stream().noneMatch(renderer::needsNoTransaction)
                && diff.inverse().stream().noneMatch(renderer::needsNoTransaction);
    }

    /**
     * {@return the upgrade SQL: review notes as comments, then each change's statements}
     *
     * @param diff the changes
     */
    public String upgradeSql(SchemaDiff diff) {
        return render(diff.notes(), diff.changes());
    }

    /**
     * {@return the downgrade SQL: the exact inverse of {@link #upgradeSql}}
     *
     * @param diff the changes
     */
    public String downgradeSql(SchemaDiff diff) {
        return render(List.of(), diff.inverse());
    }

    private String render(List<String> notes, List<SchemaChange> changes) {
        SqlRenderer renderer = dialect.renderer();
        StringBuilder b = new StringBuilder();
        for (String note : notes) {
            b.append("-- ").append(note).append('\n');
        }
        for (SchemaChange change : changes) {
            for (String line : renderer.render(change)) {
                b.append(line).append(line.startsWith("--") ? "\n" : ";\n");
            }
        }
        return b.toString();
    }
}
