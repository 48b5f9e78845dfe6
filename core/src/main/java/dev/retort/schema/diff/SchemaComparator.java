package dev.retort.schema.diff;

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
import dev.retort.schema.model.CheckConstraint;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.Schema;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Compares a live schema with a target. Constraints and indexes are matched by definition, not by
 * name (names the database generated differ between two copies of the same schema); renames are
 * never guessed, only noted.
 */
public final class SchemaComparator {

    /** Phases in the order they run on upgrade; the downgrade runs the inverses backwards. */
    private final List<SchemaChange> dropForeignKeys = new ArrayList<>();
    private final List<SchemaChange> dropConstraints = new ArrayList<>();
    private final List<SchemaChange> dropTables = new ArrayList<>();
    private final List<SchemaChange> createTables = new ArrayList<>();
    private final List<SchemaChange> columns = new ArrayList<>();
    private final List<SchemaChange> comments = new ArrayList<>();
    private final List<SchemaChange> addConstraints = new ArrayList<>();
    /** Index drops that wait until replacements exist: MariaDB refuses to drop the index a foreign key uses. */
    private final List<SchemaChange> lateDrops = new ArrayList<>();
    private final List<SchemaChange> addForeignKeys = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private SchemaComparator() {
    }

    /**
     * {@return the changes that turn {@code live} into {@code target}}
     *
     * @param live the database's schema
     * @param target the target schema
     */
    public static SchemaDiff compare(Schema live, Schema target) {
        SchemaComparator c = new SchemaComparator();
        c.run(live, target);
        List<SchemaChange> all = new ArrayList<>();
        all.addAll(c.dropForeignKeys);
        all.addAll(c.dropConstraints);
        all.addAll(c.dropTables);
        all.addAll(c.createTables);
        all.addAll(c.columns);
        all.addAll(c.comments);
        all.addAll(c.addConstraints);
        all.addAll(c.lateDrops);
        all.addAll(c.addForeignKeys);
        return new SchemaDiff(all, c.notes);
    }

    private void run(Schema live, Schema target) {
        List<Table> dropped = new ArrayList<>();
        List<Table> created = new ArrayList<>();
        for (Table t : live.tables().values()) {
            if (target.table(t.name()) == null) {
                dropped.add(t);
                for (ForeignKey fk : t.foreignKeys()) {
                    dropForeignKeys.add(new DropForeignKey(t.name(), fk));
                }
                for (Index i : t.indexes()) {
                    dropConstraints.add(new DropIndex(t.name(), i));
                }
                dropTables.add(new DropTable(bare(t)));
            }
        }
        for (Table t : target.tables().values()) {
            Table old = live.table(t.name());
            if (old == null) {
                created.add(t);
                createTables.add(new CreateTable(bare(t)));
                for (Index i : t.indexes()) {
                    addConstraints.add(new AddIndex(t.name(), i));
                }
                for (ForeignKey fk : t.foreignKeys()) {
                    addForeignKeys.add(new AddForeignKey(t.name(), fk));
                }
            } else {
                compareTable(old, t);
            }
        }
        for (Table d : dropped) {
            for (Table c : created) {
                if (shape(d).equals(shape(c))) {
                    notes.add("possible rename: table " + d.name() + " -> " + c.name()
                            + " (written as drop + create, which loses the rows; edit it into a rename if it is one)");
                }
            }
        }
    }

    /** The table without the parts that are separate changes. */
    private static Table bare(Table t) {
        return new Table(t.name(), t.columns(), t.primaryKey(), t.uniques(), List.of(), List.of(), t.checks(), t.comment());
    }

    private static List<String> shape(Table t) {
        return t.columns().stream().map(c -> c.name() + " " + c.type()).sorted().toList();
    }

    private void compareTable(Table live, Table target) {
        String name = target.name();
        matchAll(live.foreignKeys(), target.foreignKeys(), SchemaComparator::signature,
                fk -> dropForeignKeys.add(new DropForeignKey(name, fk)),
                fk -> addForeignKeys.add(new AddForeignKey(name, fk)));
        matchAll(live.checks(), target.checks(), CheckConstraint::expression,
                c -> dropConstraints.add(new DropCheck(name, c)),
                c -> addConstraints.add(new AddCheck(name, c)));
        List<Index> addedIndexes = new ArrayList<>();
        List<Index> droppedIndexes = new ArrayList<>();
        matchAll(live.indexes(), target.indexes(), SchemaComparator::signature, droppedIndexes::add, addedIndexes::add);
        List<UniqueConstraint> addedUniques = new ArrayList<>();
        List<UniqueConstraint> droppedUniques = new ArrayList<>();
        matchAll(live.uniques(), target.uniques(), UniqueConstraint::columns, droppedUniques::add, addedUniques::add);
        Set<String> addedNames = new HashSet<>();
        addedIndexes.forEach(i -> addedNames.add(i.name()));
        addedUniques.forEach(u -> addedNames.add(u.name()));
        for (Index i : droppedIndexes) {
            boolean late = !addedNames.contains(i.name()) && survives(i.elements(), target);
            (late ? lateDrops : dropConstraints).add(new DropIndex(name, i));
        }
        for (UniqueConstraint u : droppedUniques) {
            boolean late = !addedNames.contains(u.name()) && survives(u.columns(), target);
            (late ? lateDrops : dropConstraints).add(new DropUnique(name, u));
        }
        addedUniques.forEach(u -> addConstraints.add(new AddUnique(name, u)));
        addedIndexes.forEach(i -> addConstraints.add(new AddIndex(name, i)));
        List<String> livePk = live.primaryKey() == null ? null : live.primaryKey().columns();
        List<String> targetPk = target.primaryKey() == null ? null : target.primaryKey().columns();
        if (!Objects.equals(livePk, targetPk)) {
            if (livePk != null) {
                dropConstraints.add(new DropPrimaryKey(name, live.primaryKey()));
            }
            if (targetPk != null) {
                addConstraints.add(new AddPrimaryKey(name, target.primaryKey()));
            }
        }
        compareColumns(live, target);
        if (!Objects.equals(live.comment(), target.comment())) {
            comments.add(new AlterTableComment(name, live.comment(), target.comment()));
        }
    }

    private void compareColumns(Table live, Table target) {
        String name = target.name();
        List<Column> dropped = new ArrayList<>();
        List<Column> added = new ArrayList<>();
        List<SchemaChange> altered = new ArrayList<>();
        for (Column c : live.columns()) {
            Column t = target.column(c.name());
            if (t == null) {
                dropped.add(c);
            } else if (!c.equals(t)) {
                altered.add(new AlterColumn(name, c, t));
            }
        }
        for (Column c : target.columns()) {
            if (live.column(c.name()) == null) {
                added.add(c);
            }
        }
        for (Column d : dropped) {
            columns.add(new DropColumn(name, d));
        }
        columns.addAll(altered);
        for (Column a : added) {
            columns.add(new AddColumn(name, a));
        }
        for (Column d : dropped) {
            for (Column a : added) {
                if (d.type().equals(a.type()) && d.nullable() == a.nullable()) {
                    notes.add("possible rename: column " + name + "." + d.name() + " -> " + name + "." + a.name()
                            + " (written as drop + add, which loses the values; edit it into a rename if it is one)");
                }
            }
        }
    }

    /** True when every element is a column the target table keeps (expressions count as kept). */
    private static boolean survives(List<String> elements, Table target) {
        for (String e : elements) {
            String column = e.endsWith(" DESC") ? e.substring(0, e.length() - 5) : e;
            if (!column.startsWith("(") && target.column(column) == null) {
                return false;
            }
        }
        return true;
    }

    private static List<Object> signature(ForeignKey fk) {
        return Arrays.asList(fk.columns(), fk.referencedSchema(), fk.referencedTable(), fk.referencedColumns(),
                fk.onUpdate(), fk.onDelete());
    }

    private static List<Object> signature(Index i) {
        return Arrays.asList(i.unique(), i.elements(), i.where(), i.method());
    }

    /** Pairs equal definitions one to one; what is left on either side is dropped or added. */
    private static <T> void matchAll(List<T> live, List<T> target, Function<T, Object> key,
            Consumer<T> drop, Consumer<T> add) {
        List<T> unmatched = new ArrayList<>(target);
        for (T l : live) {
            Object k = key.apply(l);
            T match = unmatched.stream().filter(t -> key.apply(t).equals(k)).findFirst().orElse(null);
            if (match == null) {
                drop.accept(l);
            } else {
                unmatched.remove(match);
            }
        }
        unmatched.forEach(add);
    }
}
