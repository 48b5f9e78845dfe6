package dev.retort.schema.diff;

import dev.retort.schema.diff.SchemaChange.AddCheck;
import dev.retort.schema.diff.SchemaChange.AddColumn;
import dev.retort.schema.diff.SchemaChange.AddForeignKey;
import dev.retort.schema.diff.SchemaChange.AddIndex;
import dev.retort.schema.diff.SchemaChange.AddPrimaryKey;
import dev.retort.schema.diff.SchemaChange.AddUnique;
import dev.retort.schema.diff.SchemaChange.AlterColumn;
import dev.retort.schema.diff.SchemaChange.AlterDomain;
import dev.retort.schema.diff.SchemaChange.AlterEnumType;
import dev.retort.schema.diff.SchemaChange.AlterSequence;
import dev.retort.schema.diff.SchemaChange.AlterTableComment;
import dev.retort.schema.diff.SchemaChange.CreateDomain;
import dev.retort.schema.diff.SchemaChange.CreateEnumType;
import dev.retort.schema.diff.SchemaChange.CreateSequence;
import dev.retort.schema.diff.SchemaChange.CreateTable;
import dev.retort.schema.diff.SchemaChange.CreateView;
import dev.retort.schema.diff.SchemaChange.DropCheck;
import dev.retort.schema.diff.SchemaChange.DropColumn;
import dev.retort.schema.diff.SchemaChange.DropDomain;
import dev.retort.schema.diff.SchemaChange.DropEnumType;
import dev.retort.schema.diff.SchemaChange.DropForeignKey;
import dev.retort.schema.diff.SchemaChange.DropIndex;
import dev.retort.schema.diff.SchemaChange.DropPrimaryKey;
import dev.retort.schema.diff.SchemaChange.DropSequence;
import dev.retort.schema.diff.SchemaChange.DropTable;
import dev.retort.schema.diff.SchemaChange.DropUnique;
import dev.retort.schema.diff.SchemaChange.DropView;
import dev.retort.schema.diff.SchemaChange.ReplaceView;
import dev.retort.schema.model.CheckConstraint;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.Domain;
import dev.retort.schema.model.EnumType;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.Schema;
import dev.retort.schema.model.Sequence;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.UncomparedObject;
import dev.retort.schema.model.UniqueConstraint;
import dev.retort.schema.model.View;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares a live schema with a target. Constraints and indexes are matched by definition, not by
 * name (names the database generated differ between two copies of the same schema); renames are
 * never guessed, only noted.
 */
public final class SchemaComparator {

    /**
     * Phases in the order they run on upgrade; the downgrade runs the inverses backwards. Views go before anything
     * they read changes and come back after; sequences and types exist before the tables that use them and go after.
     */
    private final List<SchemaChange> dropForeignKeys = new ArrayList<>();
    private final List<SchemaChange> dropViews = new ArrayList<>();
    private final List<SchemaChange> dropConstraints = new ArrayList<>();
    private final List<SchemaChange> dropTables = new ArrayList<>();
    private final List<SchemaChange> sequences = new ArrayList<>();
    private final List<SchemaChange> createTypes = new ArrayList<>();
    private final List<SchemaChange> alterTypes = new ArrayList<>();
    private final List<SchemaChange> createTables = new ArrayList<>();
    private final List<SchemaChange> columns = new ArrayList<>();
    private final List<SchemaChange> comments = new ArrayList<>();
    private final List<SchemaChange> addConstraints = new ArrayList<>();
    /** Index drops that wait until replacements exist: MariaDB refuses to drop the index a foreign key uses. */
    private final List<SchemaChange> lateDrops = new ArrayList<>();
    private final List<SchemaChange> addForeignKeys = new ArrayList<>();
    private final List<SchemaChange> createViews = new ArrayList<>();
    private final List<SchemaChange> dropTypes = new ArrayList<>();
    private final List<SchemaChange> dropSequences = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    /** Tables that lose columns, change column types or go: views reading them are dropped first. */
    private final Set<String> restructured = new HashSet<>();

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
        c.compareSequences(live, target);
        c.compareTypes(live, target);
        c.compareViews(live, target);
        c.noteUncompared("the database has", live);
        c.noteUncompared("the target schema has", target);
        List<SchemaChange> all = new ArrayList<>();
        for (List<SchemaChange> phase : List.of(c.dropForeignKeys, c.dropViews, c.dropConstraints, c.dropTables,
                c.sequences, c.createTypes, c.alterTypes, c.createTables, c.columns, c.comments, c.addConstraints,
                c.lateDrops, c.addForeignKeys, c.createViews, c.dropTypes, c.dropSequences)) {
            all.addAll(phase);
        }
        return new SchemaDiff(all, c.notes);
    }

    private void run(Schema live, Schema target) {
        List<Table> dropped = new ArrayList<>();
        List<Table> created = new ArrayList<>();
        for (Table t : live.tables().values()) {
            if (target.table(t.name()) == null) {
                dropped.add(t);
                restructured.add(t.name());
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
            restructured.add(name);
        }
        for (SchemaChange a : altered) {
            AlterColumn alter = (AlterColumn) a;
            if (!alter.from().type().equals(alter.to().type())) {
                restructured.add(name);
            }
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

    private void compareSequences(Schema live, Schema target) {
        for (Sequence l : live.sequences().values()) {
            Sequence t = target.sequences().get(l.name());
            if (t == null) {
                dropSequences.add(new DropSequence(l));
            } else if (!l.equals(t)) {
                sequences.add(new AlterSequence(l, t));
            }
        }
        for (Sequence t : target.sequences().values()) {
            if (!live.sequences().containsKey(t.name())) {
                sequences.add(new CreateSequence(t));
            }
        }
    }

    /**
     * Enum types, then domains, which may be based on enum types and on each other. A value or base type that
     * cannot be changed in place makes a new type that the columns using it are converted to; a note says so.
     */
    private void compareTypes(Schema live, Schema target) {
        for (EnumType t : target.enumTypes().values()) {
            EnumType l = live.enumTypes().get(t.name());
            if (l == null) {
                createTypes.add(new CreateEnumType(t));
            } else if (!l.values().equals(t.values())) {
                AlterEnumType alter = new AlterEnumType(l, t, usages(live, target, t.name()));
                alterTypes.add(alter);
                // one of the two directions writes a new type: what reads its columns must make way both ways
                recreated(alter.usages(), t.name(), live);
                if (!alter.addsOnly()) {
                    List<String> lost = l.values().stream().filter(v -> !t.values().contains(v)).toList();
                    notes.add("enum type " + t.name() + (lost.isEmpty() ? " changes the order of its values"
                            : " loses the value" + (lost.size() == 1 ? " " : "s ") + quoted(lost))
                            + ": written as a new type that the columns using it are converted to (ALTER TYPE cannot "
                            + (lost.isEmpty() ? "reorder values)" : "remove values); the conversion fails on rows "
                            + "holding a removed value, so update them first"));
                }
            }
        }
        for (Domain t : dependencyOrder(target.domains(), d -> List.of(baseName(d.baseType())))) {
            Domain l = live.domains().get(t.name());
            if (l == null) {
                createTypes.add(new CreateDomain(t));
            } else if (!sameDomain(l, t)) {
                alterDomain(live, target, l, t);
            }
        }
        List<Domain> gone = new ArrayList<>(dependencyOrder(live.domains(), d -> List.of(baseName(d.baseType()))));
        Collections.reverse(gone);
        for (Domain l : gone) {
            if (!target.domains().containsKey(l.name())) {
                dropTypes.add(new DropDomain(l));
            }
        }
        for (EnumType l : live.enumTypes().values()) {
            if (!target.enumTypes().containsKey(l.name())) {
                dropTypes.add(new DropEnumType(l));
            }
        }
    }

    private void alterDomain(Schema live, Schema target, Domain l, Domain wanted) {
        Domain t = withFreeCheckNames(l, wanted);
        AlterDomain alter = new AlterDomain(l, t, usages(live, target, t.name()));
        alterTypes.add(alter);
        if (!l.baseType().equals(t.baseType())) {
            notes.add("domain " + t.name() + " changes its type from " + l.baseType() + " to " + t.baseType()
                    + ": written as a new domain that the columns using it are converted to (ALTER DOMAIN cannot "
                    + "change the type)");
            recreated(alter.usages(), t.name(), live);
        }
    }

    /**
     * {@code t} with a new name for each check it adds whose name a check of {@code l} that goes or stays already has,
     * so that the upgrade can add it and the downgrade drops it by the same name.
     */
    private static Domain withFreeCheckNames(Domain l, Domain t) {
        Set<String> taken = new HashSet<>();
        l.checks().forEach(c -> taken.add(c.name()));
        List<String> had = l.checks().stream().map(CheckConstraint::expression).toList();
        List<CheckConstraint> checks = new ArrayList<>();
        for (CheckConstraint c : t.checks()) {
            String name = c.name();
            if (!had.contains(c.expression()) && taken.contains(name)) {
                name = name + "_" + Integer.toHexString(c.expression().hashCode());
            }
            taken.add(name);
            checks.add(new CheckConstraint(name, c.expression()));
        }
        return new Domain(t.name(), t.baseType(), t.nullable(), t.defaultValue(), checks);
    }

    /** Equal but for the names of check constraints, which are matched by expression like a table's. */
    private static boolean sameDomain(Domain l, Domain t) {
        return l.baseType().equals(t.baseType()) && l.nullable() == t.nullable()
                && Objects.equals(l.defaultValue(), t.defaultValue())
                && l.checks().stream().map(CheckConstraint::expression).sorted().toList()
                        .equals(t.checks().stream().map(CheckConstraint::expression).sorted().toList());
    }

    /**
     * The tables whose columns are converted to a new type change for the views that read them; domains based on the
     * type cannot be moved to the new one.
     */
    private void recreated(List<TypeUsage> usages, String type, Schema live) {
        usages.forEach(u -> restructured.add(u.table()));
        for (Domain d : live.domains().values()) {
            if (baseName(d.baseType()).equals(type)) {
                notes.add("domain " + d.name() + " is based on " + type + ", which the revision writes as a new type "
                        + "(in its upgrade or its downgrade): it does not move the domain to it, so it fails when it "
                        + "drops the old type; edit it");
            }
        }
    }

    /** The columns of tables that exist on both sides whose type is {@code type} or an array of it, as they are now. */
    private static List<TypeUsage> usages(Schema live, Schema target, String type) {
        List<TypeUsage> out = new ArrayList<>();
        for (Table t : live.tables().values()) {
            if (target.table(t.name()) == null) {
                continue; // dropped before the type changes, created again after its inverse
            }
            for (Column c : t.columns()) {
                if (baseName(c.type()).equals(type)) {
                    out.add(new TypeUsage(t.name(), c.name(), c.type(), c.defaultValue()));
                }
            }
        }
        return out;
    }

    /** A type name without array brackets and quotes: {@code "Mood"[]} is {@code Mood}. */
    private static String baseName(String type) {
        String base = type;
        while (base.endsWith("[]")) {
            base = base.substring(0, base.length() - 2);
        }
        return base.length() > 1 && base.startsWith("\"") && base.endsWith("\"")
                ? base.substring(1, base.length() - 1).replace("\"\"", "\"") : base;
    }

    private static String quoted(List<String> values) {
        return values.stream().map(v -> "'" + v + "'").collect(Collectors.joining(", "));
    }

    /**
     * Views that are gone or read something that changes shape are dropped before the tables change and created
     * again after; a view whose query changes but whose columns stay is replaced in place. Dependent views follow
     * the views they read, both ways.
     */
    private void compareViews(Schema live, Schema target) {
        Map<String, View> lv = live.views();
        Map<String, View> tv = target.views();
        Set<String> rebuilt = new HashSet<>();
        for (View l : lv.values()) {
            View t = tv.get(l.name());
            if (t != null && (!l.definition().equals(t.definition()) && !l.columns().equals(t.columns())
                    || l.reads().stream().anyMatch(restructured::contains))) {
                rebuilt.add(l.name());
            }
        }
        Set<String> dropped = new HashSet<>(rebuilt);
        lv.keySet().stream().filter(n -> !tv.containsKey(n)).forEach(dropped::add);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (View l : lv.values()) {
                if (!dropped.contains(l.name()) && l.reads().stream().anyMatch(dropped::contains)) {
                    dropped.add(l.name());
                    rebuilt.add(l.name()); // still in the target: otherwise it would already be dropped
                    grew = true;
                }
            }
        }
        List<View> dropOrder = new ArrayList<>(dependencyOrder(lv, View::reads));
        Collections.reverse(dropOrder);
        for (View l : dropOrder) {
            if (dropped.contains(l.name())) {
                dropViews.add(new DropView(l, rebuilt.contains(l.name()) ? tv.get(l.name()) : null));
            }
        }
        for (View t : dependencyOrder(tv, View::reads)) {
            View l = lv.get(t.name());
            if (l == null) {
                createViews.add(new CreateView(t, null));
            } else if (rebuilt.contains(t.name())) {
                createViews.add(new CreateView(t, l));
            } else if (!l.definition().equals(t.definition())) {
                createViews.add(new ReplaceView(l, t));
            }
        }
    }

    /**
     * {@code items} ordered so that each comes after the items of the same map it depends on, else by name; items
     * that depend on each other in a cycle keep their name order.
     */
    private static <T> List<T> dependencyOrder(Map<String, T> items, Function<T, List<String>> dependsOn) {
        List<T> out = new ArrayList<>(items.size());
        Set<String> placed = new HashSet<>();
        Set<String> visiting = new HashSet<>();
        for (String name : new TreeMap<>(items).keySet()) {
            place(name, items, dependsOn, placed, visiting, out);
        }
        return out;
    }

    private static <T> void place(String name, Map<String, T> items, Function<T, List<String>> dependsOn,
            Set<String> placed, Set<String> visiting, List<T> out) {
        T item = items.get(name);
        if (item == null || placed.contains(name) || !visiting.add(name)) {
            return;
        }
        for (String dependency : new TreeSet<>(dependsOn.apply(item))) {
            place(dependency, items, dependsOn, placed, visiting, out);
        }
        visiting.remove(name);
        placed.add(name);
        out.add(item);
    }

    private void noteUncompared(String side, Schema schema) {
        if (schema.uncompared().isEmpty()) {
            return;
        }
        List<String> names = schema.uncompared().stream().map(UncomparedObject::describe).toList();
        int shown = Math.min(names.size(), 20);
        notes.add("not compared: " + side + " " + String.join(", ", names.subList(0, shown))
                + (shown < names.size() ? " and " + (names.size() - shown) + " more" : "")
                + " (autogenerate leaves these out: write their changes by hand)");
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
