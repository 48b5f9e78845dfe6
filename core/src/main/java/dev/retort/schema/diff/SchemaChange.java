package dev.retort.schema.diff;

import dev.retort.schema.model.CheckConstraint;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.PrimaryKey;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.UniqueConstraint;
import java.util.Objects;

/** One operation that moves a schema towards the target; every change knows its exact inverse. */
public sealed interface SchemaChange {

    /** {@return the table the change applies to} */
    String table();

    /** {@return the change that undoes this one} */
    SchemaChange inverse();

    /** {@return a one-line description for {@code check} and reports} */
    String describe();

    /** Creates a table with its columns, primary key, unique and check constraints and comments (indexes and foreign keys are separate changes). */
    record CreateTable(Table definition) implements SchemaChange {
        public String table() { return definition.name(); }
        public SchemaChange inverse() { return new DropTable(definition); }
        public String describe() { return "add table " + definition.name(); }
    }

    /** Drops a table; {@code definition} is what it looked like, for the inverse. */
    record DropTable(Table definition) implements SchemaChange {
        public String table() { return definition.name(); }
        public SchemaChange inverse() { return new CreateTable(definition); }
        public String describe() { return "remove table " + definition.name(); }
    }

    /**
     * Adds a column.
     *
     * @param table the table
     * @param column the new column
     */
    record AddColumn(String table, Column column) implements SchemaChange {
        public SchemaChange inverse() { return new DropColumn(table, column); }
        public String describe() { return "add column " + table + "." + column.name(); }
    }

    /**
     * Drops a column; {@code column} is what it looked like, for the inverse.
     *
     * @param table the table
     * @param column the dropped column
     */
    record DropColumn(String table, Column column) implements SchemaChange {
        public SchemaChange inverse() { return new AddColumn(table, column); }
        public String describe() { return "remove column " + table + "." + column.name(); }
    }

    /** Changes type, nullability, default, identity or comment of a column from {@code from} to {@code to}. */
    record AlterColumn(String table, Column from, Column to) implements SchemaChange {
        public SchemaChange inverse() { return new AlterColumn(table, to, from); }

        public String describe() {
            StringBuilder b = new StringBuilder("modify column " + table + "." + to.name() + ":");
            if (!from.type().equals(to.type())) {
                b.append(" type ").append(from.type()).append(" -> ").append(to.type()).append(';');
            }
            if (from.nullable() != to.nullable()) {
                b.append(to.nullable() ? " nullable;" : " not null;");
            }
            if (!Objects.equals(from.defaultValue(), to.defaultValue())) {
                b.append(" default ").append(from.defaultValue()).append(" -> ").append(to.defaultValue()).append(';');
            }
            if (from.identity() != to.identity()) {
                b.append(" identity ").append(from.identity()).append(" -> ").append(to.identity()).append(';');
            }
            if (!Objects.equals(from.comment(), to.comment())) {
                b.append(" comment;");
            }
            return b.substring(0, b.length() - 1);
        }
    }

    /**
     * Adds a primary key.
     *
     * @param table the table
     * @param key the key
     */
    record AddPrimaryKey(String table, PrimaryKey key) implements SchemaChange {
        public SchemaChange inverse() { return new DropPrimaryKey(table, key); }
        public String describe() { return "add primary key " + table + key.columns(); }
    }

    /**
     * Drops a primary key.
     *
     * @param table the table
     * @param key the dropped key
     */
    record DropPrimaryKey(String table, PrimaryKey key) implements SchemaChange {
        public SchemaChange inverse() { return new AddPrimaryKey(table, key); }
        public String describe() { return "remove primary key " + table + key.columns(); }
    }

    /**
     * Adds a unique constraint.
     *
     * @param table the table
     * @param unique the constraint
     */
    record AddUnique(String table, UniqueConstraint unique) implements SchemaChange {
        public SchemaChange inverse() { return new DropUnique(table, unique); }
        public String describe() { return "add unique constraint " + table + unique.columns(); }
    }

    /**
     * Drops a unique constraint.
     *
     * @param table the table
     * @param unique the dropped constraint
     */
    record DropUnique(String table, UniqueConstraint unique) implements SchemaChange {
        public SchemaChange inverse() { return new AddUnique(table, unique); }
        public String describe() { return "remove unique constraint " + unique.name() + " " + table + unique.columns(); }
    }

    /**
     * Creates an index.
     *
     * @param table the table
     * @param index the index
     */
    record AddIndex(String table, Index index) implements SchemaChange {
        public SchemaChange inverse() { return new DropIndex(table, index); }
        public String describe() { return "add index " + index.name() + " " + table + index.elements(); }
    }

    /**
     * Drops an index.
     *
     * @param table the table
     * @param index the dropped index
     */
    record DropIndex(String table, Index index) implements SchemaChange {
        public SchemaChange inverse() { return new AddIndex(table, index); }
        public String describe() { return "remove index " + index.name() + " " + table + index.elements(); }
    }

    /**
     * Adds a foreign key.
     *
     * @param table the table
     * @param key the key
     */
    record AddForeignKey(String table, ForeignKey key) implements SchemaChange {
        public SchemaChange inverse() { return new DropForeignKey(table, key); }
        public String describe() {
            return "add foreign key " + table + key.columns() + " -> " + key.referencedName() + key.referencedColumns();
        }
    }

    /**
     * Drops a foreign key.
     *
     * @param table the table
     * @param key the dropped key
     */
    record DropForeignKey(String table, ForeignKey key) implements SchemaChange {
        public SchemaChange inverse() { return new AddForeignKey(table, key); }
        public String describe() {
            return "remove foreign key " + key.name() + " " + table + key.columns() + " -> " + key.referencedName()
                    + key.referencedColumns();
        }
    }

    /**
     * Adds a check constraint.
     *
     * @param table the table
     * @param check the constraint
     */
    record AddCheck(String table, CheckConstraint check) implements SchemaChange {
        public SchemaChange inverse() { return new DropCheck(table, check); }
        public String describe() { return "add check constraint on " + table + ": " + check.expression(); }
    }

    /**
     * Drops a check constraint.
     *
     * @param table the table
     * @param check the dropped constraint
     */
    record DropCheck(String table, CheckConstraint check) implements SchemaChange {
        public SchemaChange inverse() { return new AddCheck(table, check); }
        public String describe() { return "remove check constraint " + check.name() + " on " + table + ": " + check.expression(); }
    }

    /** Sets, changes or removes (null) a table comment. */
    record AlterTableComment(String table, String from, String to) implements SchemaChange {
        public SchemaChange inverse() { return new AlterTableComment(table, to, from); }
        public String describe() { return "modify comment of table " + table; }
    }
}
