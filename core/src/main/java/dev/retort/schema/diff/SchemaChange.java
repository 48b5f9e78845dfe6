package dev.retort.schema.diff;

import dev.retort.schema.model.CheckConstraint;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.Domain;
import dev.retort.schema.model.EnumType;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.PrimaryKey;
import dev.retort.schema.model.Sequence;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.UniqueConstraint;
import dev.retort.schema.model.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One operation that moves a schema towards the target; every change knows its exact inverse. */
public sealed interface SchemaChange {

    /** {@return the table the change applies to; for a change of a view, sequence or type, that object's name} */
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

    /**
     * Creates a sequence.
     *
     * @param sequence the sequence
     */
    record CreateSequence(Sequence sequence) implements SchemaChange {
        public String table() { return sequence.name(); }
        public SchemaChange inverse() { return new DropSequence(sequence); }
        public String describe() { return "add sequence " + sequence.name(); }
    }

    /**
     * Drops a sequence; {@code sequence} is what it looked like, for the inverse.
     *
     * @param sequence the sequence
     */
    record DropSequence(Sequence sequence) implements SchemaChange {
        public String table() { return sequence.name(); }
        public SchemaChange inverse() { return new CreateSequence(sequence); }
        public String describe() { return "remove sequence " + sequence.name(); }
    }

    /**
     * Changes a sequence's type, start, increment, bounds, cache or cycling (not its current value).
     *
     * @param from the sequence as it is
     * @param to the sequence as it becomes
     */
    record AlterSequence(Sequence from, Sequence to) implements SchemaChange {
        public String table() { return to.name(); }
        public SchemaChange inverse() { return new AlterSequence(to, from); }

        public String describe() {
            List<String> parts = new ArrayList<>();
            changed(parts, "type", from.dataType(), to.dataType());
            changed(parts, "start", from.start(), to.start());
            changed(parts, "increment", from.increment(), to.increment());
            changed(parts, "min", from.min(), to.min());
            changed(parts, "max", from.max(), to.max());
            changed(parts, "cache", from.cache(), to.cache());
            if (from.cycle() != to.cycle()) {
                parts.add(to.cycle() ? "cycle" : "no cycle");
            }
            return "modify sequence " + to.name() + ": " + String.join("; ", parts);
        }
    }

    /**
     * Creates an enum type.
     *
     * @param type the type
     */
    record CreateEnumType(EnumType type) implements SchemaChange {
        public String table() { return type.name(); }
        public SchemaChange inverse() { return new DropEnumType(type); }
        public String describe() { return "add enum type " + type.name(); }
    }

    /**
     * Drops an enum type; {@code type} is what it looked like, for the inverse.
     *
     * @param type the type
     */
    record DropEnumType(EnumType type) implements SchemaChange {
        public String table() { return type.name(); }
        public SchemaChange inverse() { return new CreateEnumType(type); }
        public String describe() { return "remove enum type " + type.name(); }
    }

    /**
     * Changes an enum type's values. Values only added are added in place ({@link #addsOnly()}); anything else makes
     * a new type that {@code usages} are converted to.
     *
     * @param from the type as it is
     * @param to the type as it becomes
     * @param usages the columns of the type, converted when a new type is written
     */
    record AlterEnumType(EnumType from, EnumType to, List<TypeUsage> usages) implements SchemaChange {
        /**
         * Copies the usages.
         *
         * @param from the type as it is
         * @param to the type as it becomes
         * @param usages the columns of the type
         */
        public AlterEnumType {
            usages = List.copyOf(usages);
        }

        public String table() { return to.name(); }
        public SchemaChange inverse() { return new AlterEnumType(to, from, usages); }

        public String describe() {
            return "modify enum type " + to.name() + ": values (" + String.join(", ", from.values()) + ") -> ("
                    + String.join(", ", to.values()) + ")";
        }

        /** {@return true when {@code to} keeps every value of {@code from} in the same order and only adds some} */
        public boolean addsOnly() {
            int next = 0;
            for (String value : to.values()) {
                if (next < from.values().size() && from.values().get(next).equals(value)) {
                    next++;
                }
            }
            return next == from.values().size();
        }
    }

    /**
     * Creates a domain.
     *
     * @param domain the domain
     */
    record CreateDomain(Domain domain) implements SchemaChange {
        public String table() { return domain.name(); }
        public SchemaChange inverse() { return new DropDomain(domain); }
        public String describe() { return "add domain " + domain.name(); }
    }

    /**
     * Drops a domain; {@code domain} is what it looked like, for the inverse.
     *
     * @param domain the domain
     */
    record DropDomain(Domain domain) implements SchemaChange {
        public String table() { return domain.name(); }
        public SchemaChange inverse() { return new CreateDomain(domain); }
        public String describe() { return "remove domain " + domain.name(); }
    }

    /**
     * Changes a domain's default, nullability or checks in place; a new base type makes a new domain that
     * {@code usages} are converted to.
     *
     * @param from the domain as it is
     * @param to the domain as it becomes
     * @param usages the columns of the domain, converted when a new domain is written
     */
    record AlterDomain(Domain from, Domain to, List<TypeUsage> usages) implements SchemaChange {
        /**
         * Copies the usages.
         *
         * @param from the domain as it is
         * @param to the domain as it becomes
         * @param usages the columns of the domain
         */
        public AlterDomain {
            usages = List.copyOf(usages);
        }

        public String table() { return to.name(); }
        public SchemaChange inverse() { return new AlterDomain(to, from, usages); }

        public String describe() {
            List<String> parts = new ArrayList<>();
            changed(parts, "type", from.baseType(), to.baseType());
            changed(parts, "default", from.defaultValue(), to.defaultValue());
            if (from.nullable() != to.nullable()) {
                parts.add(to.nullable() ? "nullable" : "not null");
            }
            List<String> kept = to.checks().stream().map(CheckConstraint::expression).toList();
            List<String> had = from.checks().stream().map(CheckConstraint::expression).toList();
            from.checks().stream().filter(c -> !kept.contains(c.expression()))
                    .forEach(c -> parts.add("remove check " + c.name() + " " + c.expression()));
            to.checks().stream().filter(c -> !had.contains(c.expression()))
                    .forEach(c -> parts.add("add check " + c.expression()));
            return "modify domain " + to.name() + ": " + String.join("; ", parts);
        }
    }

    /**
     * Creates a view. {@code previous} is the definition a {@link DropView} earlier in the same revision removed to
     * make way for it (a view dropped and created again around changes to what it reads), else null.
     *
     * @param view the view
     * @param previous the definition dropped earlier in the revision, or null
     */
    record CreateView(View view, View previous) implements SchemaChange {
        public String table() { return view.name(); }
        public SchemaChange inverse() { return new DropView(view, previous); }

        public String describe() {
            if (previous == null) {
                return "add view " + view.name();
            }
            return previous.definition().equals(view.definition()) ? "create view " + view.name() + " again"
                    : "modify view " + view.name() + " (dropped and created again)";
        }
    }

    /**
     * Drops a view; {@code next} is the definition a {@link CreateView} later in the same revision creates, else null.
     *
     * @param view the view as it is
     * @param next the definition created again later in the revision, or null
     */
    record DropView(View view, View next) implements SchemaChange {
        public String table() { return view.name(); }
        public SchemaChange inverse() { return new CreateView(view, next); }

        public String describe() {
            return next == null ? "remove view " + view.name()
                    : "drop view " + view.name() + " (created again after the changes to what it reads)";
        }
    }

    /**
     * Replaces a view's query in place ({@code CREATE OR REPLACE VIEW}): its columns stay the same.
     *
     * @param from the view as it is
     * @param to the view as it becomes
     */
    record ReplaceView(View from, View to) implements SchemaChange {
        public String table() { return to.name(); }
        public SchemaChange inverse() { return new ReplaceView(to, from); }
        public String describe() { return "modify view " + to.name(); }
    }

    private static void changed(List<String> parts, String what, Object from, Object to) {
        if (!Objects.equals(from, to)) {
            parts.add(what + " " + from + " -> " + to);
        }
    }
}
