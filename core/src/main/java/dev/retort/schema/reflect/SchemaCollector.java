package dev.retort.schema.reflect;

import dev.retort.schema.model.CheckConstraint;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.Domain;
import dev.retort.schema.model.EnumType;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.PrimaryKey;
import dev.retort.schema.model.Schema;
import dev.retort.schema.model.Sequence;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.UncomparedObject;
import dev.retort.schema.model.UniqueConstraint;
import dev.retort.schema.model.View;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Collects catalog rows into a schema while a reflector reads them; rows of excluded or unknown tables are dropped.
 * Views, sequences and types are kept by name as the reflector adds them.
 */
final class SchemaCollector {

    private static final class Parts {
        String comment;
        final List<Column> columns = new ArrayList<>();
        PrimaryKey primaryKey;
        final List<UniqueConstraint> uniques = new ArrayList<>();
        final List<Index> indexes = new ArrayList<>();
        final List<ForeignKey> foreignKeys = new ArrayList<>();
        final List<CheckConstraint> checks = new ArrayList<>();
    }

    private final Map<String, Parts> tables = new TreeMap<>();
    private final Map<String, View> views = new TreeMap<>();
    private final Map<String, Sequence> sequences = new TreeMap<>();
    private final Map<String, EnumType> enumTypes = new TreeMap<>();
    private final Map<String, Domain> domains = new TreeMap<>();
    private final List<UncomparedObject> uncompared = new ArrayList<>();
    private final Set<String> excluded;

    SchemaCollector(Set<String> excluded) {
        this.excluded = excluded.stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    void table(String name, String comment) {
        if (!excluded.contains(name.toLowerCase(Locale.ROOT))) {
            tables.computeIfAbsent(name, n -> new Parts()).comment = blankToNull(comment);
        }
    }

    void column(String table, Column column) {
        Parts p = tables.get(table);
        if (p != null) {
            p.columns.add(column);
        }
    }

    void primaryKey(String table, PrimaryKey key) {
        Parts p = tables.get(table);
        if (p != null) {
            p.primaryKey = key;
        }
    }

    void unique(String table, UniqueConstraint unique) {
        Parts p = tables.get(table);
        if (p != null) {
            p.uniques.add(unique);
        }
    }

    void index(String table, Index index) {
        Parts p = tables.get(table);
        if (p != null) {
            p.indexes.add(index);
        }
    }

    void foreignKey(String table, ForeignKey key) {
        Parts p = tables.get(table);
        if (p != null) {
            p.foreignKeys.add(key);
        }
    }

    void check(String table, CheckConstraint check) {
        Parts p = tables.get(table);
        if (p != null) {
            p.checks.add(check);
        }
    }

    /** The column named {@code column} of {@code table}, or null. */
    Column column(String table, String column) {
        Parts p = tables.get(table);
        if (p != null) {
            for (Column c : p.columns) {
                if (c.name().equals(column)) {
                    return c;
                }
            }
        }
        return null;
    }

    /** Puts {@code column} in place of the column of the same name. */
    void replaceColumn(String table, Column column) {
        Parts p = tables.get(table);
        if (p != null) {
            p.columns.replaceAll(c -> c.name().equals(column.name()) ? column : c);
        }
    }

    void view(View view) {
        if (!excluded.contains(view.name().toLowerCase(Locale.ROOT))) {
            views.put(view.name(), view);
        }
    }

    void sequence(Sequence sequence) {
        sequences.put(sequence.name(), sequence);
    }

    /** Leaves out a sequence added before: one a column turned out to own. */
    void removeSequence(String name) {
        sequences.remove(name);
    }

    void enumType(EnumType type) {
        enumTypes.put(type.name(), type);
    }

    void domain(Domain domain) {
        domains.put(domain.name(), domain);
    }

    /** An object that is there but not compared; one that belongs to an excluded table is left out. */
    void uncompared(UncomparedObject object) {
        if (object.table() == null || !excluded.contains(object.table().toLowerCase(Locale.ROOT))) {
            uncompared.add(object);
        }
    }

    Schema build() {
        Map<String, Table> out = new LinkedHashMap<>();
        tables.forEach((name, p) -> out.put(name, new Table(name, p.columns, p.primaryKey, p.uniques, p.indexes,
                p.foreignKeys, p.checks, p.comment)));
        return new Schema(out, views, sequences, enumTypes, domains, uncompared);
    }

    static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
