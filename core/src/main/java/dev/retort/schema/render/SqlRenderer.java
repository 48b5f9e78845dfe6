package dev.retort.schema.render;

import dev.retort.schema.diff.SchemaChange;
import dev.retort.schema.diff.SchemaChange.AddCheck;
import dev.retort.schema.diff.SchemaChange.AddColumn;
import dev.retort.schema.diff.SchemaChange.AddForeignKey;
import dev.retort.schema.diff.SchemaChange.AddIndex;
import dev.retort.schema.diff.SchemaChange.AddPrimaryKey;
import dev.retort.schema.diff.SchemaChange.AddUnique;
import dev.retort.schema.diff.SchemaChange.AlterColumn;
import dev.retort.schema.diff.SchemaChange.AlterTableComment;
import dev.retort.schema.diff.SchemaChange.CreateTable;
import dev.retort.schema.diff.SchemaChange.DropCheck;
import dev.retort.schema.diff.SchemaChange.DropColumn;
import dev.retort.schema.diff.SchemaChange.DropForeignKey;
import dev.retort.schema.diff.SchemaChange.DropIndex;
import dev.retort.schema.diff.SchemaChange.DropPrimaryKey;
import dev.retort.schema.diff.SchemaChange.DropTable;
import dev.retort.schema.diff.SchemaChange.DropUnique;
import dev.retort.schema.diff.TypeChanges;
import dev.retort.schema.model.CheckConstraint;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.PrimaryKey;
import dev.retort.schema.model.Schema;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders schema changes as SQL for one dialect: each change becomes statements (without the
 * terminating {@code ;}) and {@code --} review comments. Subclasses supply the dialect's syntax.
 */
public abstract class SqlRenderer {

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
        }
        return out;
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
        if (c.identity() != Column.Identity.NONE) {
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
        return Schema.of(tables);
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
