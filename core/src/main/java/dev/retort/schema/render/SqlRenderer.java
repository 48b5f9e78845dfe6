package dev.retort.schema.render;

import dev.retort.schema.diff.SchemaChange;
import dev.retort.schema.diff.SchemaChange.AddCheck;
import dev.retort.schema.diff.SchemaChange.AddColumn;
import dev.retort.schema.diff.SchemaChange.AddForeignKey;
import dev.retort.schema.diff.SchemaChange.AddIndex;
import dev.retort.schema.diff.SchemaChange.AddPrimaryKey;
import dev.retort.schema.diff.SchemaChange.AddUnique;
import dev.retort.schema.diff.SchemaChange.AlterColumn;
import dev.retort.schema.diff.SchemaChange.AlterSequence;
import dev.retort.schema.diff.SchemaChange.AlterTableComment;
import dev.retort.schema.diff.SchemaChange.CreateSequence;
import dev.retort.schema.diff.SchemaChange.CreateTable;
import dev.retort.schema.diff.SchemaChange.CreateView;
import dev.retort.schema.diff.SchemaChange.DropCheck;
import dev.retort.schema.diff.SchemaChange.DropColumn;
import dev.retort.schema.diff.SchemaChange.DropForeignKey;
import dev.retort.schema.diff.SchemaChange.DropIndex;
import dev.retort.schema.diff.SchemaChange.DropPrimaryKey;
import dev.retort.schema.diff.SchemaChange.DropSequence;
import dev.retort.schema.diff.SchemaChange.DropTable;
import dev.retort.schema.diff.SchemaChange.DropUnique;
import dev.retort.schema.diff.SchemaChange.DropView;
import dev.retort.schema.diff.SchemaChange.ReplaceView;
import dev.retort.schema.diff.TypeChanges;
import dev.retort.schema.model.CheckConstraint;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.PrimaryKey;
import dev.retort.schema.model.Schema;
import dev.retort.schema.model.Sequence;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.UniqueConstraint;
import dev.retort.schema.model.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders schema changes as SQL for one dialect: each change becomes statements (without the
 * terminating {@code ;}) and {@code --} review comments. Subclasses supply the dialect's syntax.
 */
public abstract class SqlRenderer {

    /** The lowest and highest value of the integer types a sequence may have, by lower-case name. */
    private static final Map<String, Long[]> TYPE_RANGES = Map.of(
            "smallint", new Long[] {(long) Short.MIN_VALUE, (long) Short.MAX_VALUE},
            "integer", new Long[] {(long) Integer.MIN_VALUE, (long) Integer.MAX_VALUE},
            "bigint", new Long[] {Long.MIN_VALUE, Long.MAX_VALUE});

    /** Words quoted wherever they are used as names; a superset is harmless. */
    static final Set<String> RESERVED = Set.of("all", "and", "any", "array", "as", "asc", "between", "both", "by",
            "case", "cast", "check", "collate", "column", "constraint", "create", "cross", "current_date",
            "current_time", "current_timestamp", "current_user", "day", "default", "delete", "desc", "distinct", "do",
            "else", "end", "except", "exists", "false", "fetch", "for", "foreign", "from", "full", "grant", "group",
            "having", "hour", "if", "in", "index", "inner", "insert", "intersect", "interval", "into", "is", "join",
            "key", "leading", "left", "like", "limit", "minute", "month", "natural", "not", "null", "offset", "on",
            "or", "order", "outer", "primary", "qualify", "range", "references", "right", "row", "rownum", "rows",
            "second", "select", "set", "some", "table", "then", "to", "trailing", "true", "union", "unique",
            "update", "user", "using", "value", "values", "when", "where", "window", "with", "year");

    /**
     * {@return the statements of one change}
     *
     * @param change the change
     */
    public List<String> render(SchemaChange change) {
        List<String> out = new ArrayList<>();
        if (change instanceof CreateTable c) {
            createTable(c.definition(), out);
        } else if (change instanceof DropTable d) {
            out.add("DROP TABLE " + quote(d.definition().name()));
        } else if (change instanceof AddColumn a) {
            out.add(alter(a.table()) + " ADD COLUMN " + columnDefinition(a.column()));
            if (!inlineComments() && a.column().comment() != null) {
                out.add(columnComment(a.table(), a.column().name(), a.column().comment()));
            }
        } else if (change instanceof DropColumn d) {
            out.add(alter(d.table()) + " DROP COLUMN " + quote(d.column().name()));
        } else if (change instanceof AlterColumn a) {
            if (!a.from().type().equals(a.to().type()) && TypeChanges.mayLoseData(a.from().type(), a.to().type())) {
                out.add("-- review: changing " + a.table() + "." + a.to().name() + " from " + a.from().type() + " to "
                        + a.to().type() + " may lose data or fail on existing rows");
            }
            alterColumn(a.table(), a.from(), a.to(), out);
        } else if (change instanceof AddPrimaryKey p) {
            out.add(alter(p.table()) + " ADD " + primaryKey(p.table(), p.key()));
        } else if (change instanceof DropPrimaryKey p) {
            out.add(dropPrimaryKey(p.table(), p.key()));
        } else if (change instanceof AddUnique u) {
            out.add(alter(u.table()) + " ADD " + unique(u.table(), u.unique()));
        } else if (change instanceof DropUnique u) {
            out.add(dropUnique(u.table(), u.unique()));
        } else if (change instanceof AddIndex i) {
            out.add(createIndex(i.table(), i.index()));
        } else if (change instanceof DropIndex i) {
            out.add(dropIndex(i.table(), i.index()));
        } else if (change instanceof AddForeignKey f) {
            out.add(alter(f.table()) + " ADD " + foreignKey(f.table(), f.key()));
        } else if (change instanceof DropForeignKey f) {
            out.add(dropForeignKey(f.table(), f.key()));
        } else if (change instanceof AddCheck c) {
            out.add(alter(c.table()) + " ADD " + check(c.table(), c.check()));
        } else if (change instanceof DropCheck c) {
            out.add(alter(c.table()) + " DROP CONSTRAINT " + quote(c.check().name()));
        } else if (change instanceof AlterTableComment c) {
            out.add(tableComment(c.table(), c.to()));
        } else if (change instanceof CreateSequence c) {
            out.add(createSequence(c.sequence()));
        } else if (change instanceof DropSequence d) {
            out.add("DROP SEQUENCE " + quote(d.sequence().name()));
        } else if (change instanceof AlterSequence a) {
            out.add(alterSequence(a.from(), a.to()));
        } else if (change instanceof CreateView c) {
            out.add(createView(c.view()));
        } else if (change instanceof ReplaceView r) {
            out.add(createView(r.to()));
        } else if (change instanceof DropView d) {
            out.add("DROP VIEW " + quote(d.view().name()));
        } else {
            renderType(change, out);
        }
        return out;
    }

    /**
     * Renders a change of an enum type or domain, which only PostgreSQL's reflection reports; other databases write
     * enums in the column type and their domains are not compared.
     *
     * @param change the change
     * @param out where the statements go
     */
    protected void renderType(SchemaChange change, List<String> out) {
        throw new IllegalStateException(getClass().getSimpleName() + " cannot render " + change.describe());
    }

    /**
     * {@return true when {@code change} cannot run inside a transaction, so its revision must be
     * {@code transactional: false}}
     *
     * @param change the change
     */
    public boolean needsNoTransaction(SchemaChange change) {
        return false;
    }

    /**
     * {@return {@code CREATE OR REPLACE VIEW}: creates the view, or replaces its query when it exists}
     *
     * @param view the view
     */
    protected String createView(View view) {
        return "CREATE OR REPLACE VIEW " + quote(view.name()) + " AS\n" + view.definition();
    }

    /** {@return the cache size a sequence gets when {@code CREATE SEQUENCE} does not say} */
    protected abstract long defaultSequenceCache();

    /** {@return the type a sequence gets when {@code CREATE SEQUENCE} does not say, as the database prints it} */
    protected String defaultSequenceType() {
        return "bigint";
    }

    /**
     * {@return the lowest value a sequence of {@code type} counting by {@code increment} gets by default; null when
     * unknown}
     *
     * @param type the sequence's type
     * @param increment its step
     */
    protected Long defaultSequenceMin(String type, long increment) {
        Long[] range = TYPE_RANGES.get(type.toLowerCase(Locale.ROOT));
        return range == null ? null : increment > 0 ? 1L : range[0];
    }

    /**
     * {@return the highest value a sequence of {@code type} counting by {@code increment} gets by default; null when
     * unknown}
     *
     * @param type the sequence's type
     * @param increment its step
     */
    protected Long defaultSequenceMax(String type, long increment) {
        Long[] range = TYPE_RANGES.get(type.toLowerCase(Locale.ROOT));
        return range == null ? null : increment > 0 ? range[1] : -1L;
    }

    /** {@return how the database spells the option that stops a sequence from cycling} */
    protected String noCycle() {
        return "NO CYCLE";
    }

    /** {@return whether {@code CREATE SEQUENCE} takes {@code AS type}} */
    protected boolean sequenceTypes() {
        return true;
    }

    /**
     * {@return {@code CREATE SEQUENCE} with the options that differ from the database's defaults}
     *
     * @param q the sequence
     */
    protected String createSequence(Sequence q) {
        StringBuilder b = new StringBuilder("CREATE SEQUENCE ").append(quote(q.name()));
        if (sequenceTypes() && !q.dataType().equalsIgnoreCase(defaultSequenceType())) {
            b.append(" AS ").append(q.dataType());
        }
        if (q.start() != (q.increment() > 0 ? q.min() : q.max())) {
            b.append(" START WITH ").append(q.start());
        }
        if (q.increment() != 1) {
            b.append(" INCREMENT BY ").append(q.increment());
        }
        if (!Objects.equals(q.min(), defaultSequenceMin(q.dataType(), q.increment()))) {
            b.append(" MINVALUE ").append(q.min());
        }
        if (!Objects.equals(q.max(), defaultSequenceMax(q.dataType(), q.increment()))) {
            b.append(" MAXVALUE ").append(q.max());
        }
        if (q.cache() != defaultSequenceCache()) {
            b.append(" CACHE ").append(q.cache());
        }
        if (q.cycle()) {
            b.append(" CYCLE");
        }
        return b.toString();
    }

    /**
     * {@return {@code ALTER SEQUENCE} with every option that changes, written out even when it becomes the default}
     *
     * @param from the sequence as it is
     * @param to the sequence as it becomes
     */
    protected String alterSequence(Sequence from, Sequence to) {
        StringBuilder b = new StringBuilder("ALTER SEQUENCE ").append(quote(to.name()));
        if (!from.dataType().equals(to.dataType())) {
            b.append(" AS ").append(to.dataType());
        }
        if (from.start() != to.start()) {
            b.append(" START WITH ").append(to.start());
        }
        if (from.increment() != to.increment()) {
            b.append(" INCREMENT BY ").append(to.increment());
        }
        if (from.min() != to.min()) {
            b.append(" MINVALUE ").append(to.min());
        }
        if (from.max() != to.max()) {
            b.append(" MAXVALUE ").append(to.max());
        }
        if (from.cache() != to.cache()) {
            b.append(" CACHE ").append(to.cache());
        }
        if (from.cycle() != to.cycle()) {
            b.append(to.cycle() ? " CYCLE" : " " + noCycle());
        }
        return b.toString();
    }

    /**
     * {@return a name as written in SQL: bare when the dialect folds it back to itself, else quoted}
     *
     * @param name the name
     */
    protected abstract String quote(String name);

    /**
     * {@return the column name followed by its type, identity, default and nullability (and inline comment)}
     *
     * @param column the column
     */
    protected abstract String columnDefinition(Column column);

    /**
     * {@return {@link #columnDefinition} in standard SQL ({@code GENERATED ... AS IDENTITY}), as PostgreSQL and H2 take
     * it}
     *
     * @param c the column
     */
    protected final String standardColumnDefinition(Column c) {
        StringBuilder b = new StringBuilder(quote(c.name())).append(' ').append(c.type());
        if (c.identity().isSqlIdentity()) {
            b.append(" GENERATED ").append(generation(c.identity())).append(" AS IDENTITY");
        }
        if (c.defaultValue() != null) {
            b.append(" DEFAULT ").append(c.defaultValue());
        }
        if (!c.nullable()) {
            b.append(" NOT NULL");
        }
        return b.toString();
    }

    /**
     * {@return the standard identity kind: {@code ALWAYS} or {@code BY DEFAULT}}
     *
     * @param identity a generated identity
     */
    protected static String generation(Column.Identity identity) {
        return identity == Column.Identity.ALWAYS ? "ALWAYS" : "BY DEFAULT";
    }

    /**
     * Adds the statements that change a column from {@code from} to {@code to}.
     *
     * @param table the table
     * @param from the column now
     * @param to the column wanted
     * @param out where the statements go
     */
    protected abstract void alterColumn(String table, Column from, Column to, List<String> out);

    /** {@return true when a database's comments are part of column and table definitions (MariaDB)} */
    protected abstract boolean inlineComments();

    /**
     * {@return true for constraint names the database made up ({@code CONSTRAINT_1A})} Those are replaced by
     * conventional names.
     *
     * @param name a reflected constraint name
     */
    protected abstract boolean isGeneratedName(String name);

    /**
     * {@return a made-up name in the case the database stores unquoted names in}
     *
     * @param name a conventional name
     */
    protected String fold(String name) {
        return name;
    }

    /**
     * {@return the statement that drops a primary key}
     *
     * @param table the table
     * @param key the key
     */
    protected String dropPrimaryKey(String table, PrimaryKey key) {
        return alter(table) + " DROP CONSTRAINT " + quote(key.name());
    }

    /**
     * {@return the statement that drops a unique constraint}
     *
     * @param table the table
     * @param unique the constraint
     */
    protected String dropUnique(String table, UniqueConstraint unique) {
        return alter(table) + " DROP CONSTRAINT " + quote(unique.name());
    }

    /**
     * {@return the statement that drops a foreign key}
     *
     * @param table the table
     * @param key the key
     */
    protected String dropForeignKey(String table, ForeignKey key) {
        return alter(table) + " DROP CONSTRAINT " + quote(key.name());
    }

    /**
     * {@return the statement that drops an index}
     *
     * @param table the table
     * @param index the index
     */
    protected String dropIndex(String table, Index index) {
        return "DROP INDEX " + quote(index.name());
    }

    /**
     * {@return the statement that creates an index}
     *
     * @param table the table
     * @param index the index
     */
    protected String createIndex(String table, Index index) {
        return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + quote(index.name()) + " ON " + quote(table)
                + (index.method() == null ? "" : " USING " + index.method())
                + " (" + index.elements().stream().map(this::indexElement).collect(Collectors.joining(", ")) + ")"
                + (index.where() == null ? "" : " WHERE " + index.where());
    }

    /**
     * {@return the statement that sets a table's comment}
     *
     * @param table the table
     * @param comment the comment, or {@code null} to remove it
     */
    protected String tableComment(String table, String comment) {
        return "COMMENT ON TABLE " + quote(table) + " IS " + literal(comment);
    }

    /**
     * {@return the statement that sets a column's comment}
     *
     * @param table the table
     * @param column the column
     * @param comment the comment, or {@code null} to remove it
     */
    protected String columnComment(String table, String column, String comment) {
        return "COMMENT ON COLUMN " + quote(table) + "." + quote(column) + " IS " + literal(comment);
    }

    /**
     * {@return a string literal, or {@code NULL}}
     *
     * @param value the string, or {@code null}
     */
    protected String literal(String value) {
        return value == null ? "NULL" : "'" + value.replace("'", "''") + "'";
    }

    /**
     * {@return the primary key clause of a CREATE TABLE}
     *
     * @param table the table
     * @param key the key
     */
    protected String primaryKey(String table, PrimaryKey key) {
        return "CONSTRAINT " + quote(primaryKeyName(table, key)) + " PRIMARY KEY (" + names(key.columns()) + ")";
    }

    /**
     * {@return {@code target} with the constraint names the database generated replaced by the conventional names
     * written for them instead} So a downgrade drops a constraint by the name its upgrade gave it.
     *
     * @param target the target schema as reflected
     */
    public Schema withWrittenNames(Schema target) {
        List<Table> tables = new ArrayList<>();
        for (Table t : target.tables().values()) {
            String n = t.name();
            PrimaryKey pk = t.primaryKey() == null ? null
                    : new PrimaryKey(primaryKeyName(n, t.primaryKey()), t.primaryKey().columns());
            tables.add(new Table(n, t.columns(), pk,
                    t.uniques().stream().map(u -> new UniqueConstraint(uniqueName(n, u), u.columns())).toList(),
                    t.indexes(),
                    t.foreignKeys().stream().map(f -> new ForeignKey(foreignKeyName(n, f), f.columns(),
                            f.referencedSchema(), f.referencedTable(), f.referencedColumns(), f.onUpdate(),
                            f.onDelete())).toList(),
                    t.checks().stream().map(c -> new CheckConstraint(checkName(n, c), c.expression())).toList(),
                    t.comment()));
        }
        return target.withTables(tables);
    }

    /**
     * {@return {@code ALTER TABLE} and the quoted table name}
     *
     * @param table the table
     */
    protected final String alter(String table) {
        return "ALTER TABLE " + quote(table);
    }

    /**
     * {@return the names quoted where needed, comma-separated}
     *
     * @param names the names
     */
    protected final String names(List<String> names) {
        return names.stream().map(this::quote).collect(Collectors.joining(", "));
    }

    /**
     * {@return the reflected name, or a conventional one when the database generated it}
     *
     * @param reflected the name the database reports, or {@code null}
     * @param conventional the name Retort writes
     */
    protected final String name(String reflected, String conventional) {
        String n = reflected == null || isGeneratedName(reflected) ? fold(conventional) : reflected;
        return n.length() > 60 ? n.substring(0, 60) : n;
    }

    private String indexElement(String element) {
        if (element.startsWith("(")) {
            return element;
        }
        if (element.endsWith(" DESC")) {
            return quote(element.substring(0, element.length() - 5)) + " DESC";
        }
        return quote(element);
    }

    private String primaryKeyName(String table, PrimaryKey key) {
        return name(key.name(), table + "_pkey");
    }

    private String uniqueName(String table, UniqueConstraint u) {
        return name(u.name(), table + "_" + String.join("_", u.columns()) + "_key");
    }

    private String foreignKeyName(String table, ForeignKey fk) {
        return name(fk.name(), table + "_" + String.join("_", fk.columns()) + "_fkey");
    }

    private String checkName(String table, CheckConstraint c) {
        return name(c.name(), table + "_check_" + Integer.toHexString(c.expression().hashCode()));
    }

    private String unique(String table, UniqueConstraint u) {
        return "CONSTRAINT " + quote(uniqueName(table, u)) + " UNIQUE (" + names(u.columns()) + ")";
    }

    private String foreignKey(String table, ForeignKey fk) {
        StringBuilder b = new StringBuilder("CONSTRAINT ")
                .append(quote(foreignKeyName(table, fk)))
                .append(" FOREIGN KEY (").append(names(fk.columns())).append(") REFERENCES ")
                .append(fk.referencedSchema() == null ? "" : quote(fk.referencedSchema()) + ".")
                .append(quote(fk.referencedTable())).append(" (").append(names(fk.referencedColumns())).append(')');
        if (!"NO ACTION".equals(fk.onUpdate())) {
            b.append(" ON UPDATE ").append(fk.onUpdate());
        }
        if (!"NO ACTION".equals(fk.onDelete())) {
            b.append(" ON DELETE ").append(fk.onDelete());
        }
        return b.toString();
    }

    private String check(String table, CheckConstraint c) {
        return "CONSTRAINT " + quote(checkName(table, c)) + " CHECK (" + c.expression() + ")";
    }

    private void createTable(Table t, List<String> out) {
        List<String> parts = new ArrayList<>();
        for (Column c : t.columns()) {
            parts.add(columnDefinition(c));
        }
        if (t.primaryKey() != null) {
            parts.add(primaryKey(t.name(), t.primaryKey()));
        }
        for (UniqueConstraint u : t.uniques()) {
            parts.add(unique(t.name(), u));
        }
        for (CheckConstraint c : t.checks()) {
            parts.add(check(t.name(), c));
        }
        out.add("CREATE TABLE " + quote(t.name()) + " (\n    " + String.join(",\n    ", parts) + "\n)"
                + (inlineComments() && t.comment() != null ? " COMMENT = " + literal(t.comment()) : ""));
        if (!inlineComments()) {
            if (t.comment() != null) {
                out.add(tableComment(t.name(), t.comment()));
            }
            for (Column c : t.columns()) {
                if (c.comment() != null) {
                    out.add(columnComment(t.name(), c.name(), c.comment()));
                }
            }
        }
    }

    /** Quotes {@code name} with {@code quote} unless it matches {@code plain} and is not a reserved word. */
    static String quoteUnless(String name, String plain, char quote) {
        if (name.matches(plain) && !RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
            return name;
        }
        return quote + name.replace(String.valueOf(quote), String.valueOf(quote) + quote) + quote;
    }
}
