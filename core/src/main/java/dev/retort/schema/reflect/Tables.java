package dev.retort.schema.reflect;

import dev.retort.schema.model.CheckConstraint;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.PrimaryKey;
import dev.retort.schema.model.Schema;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Collects catalog rows into tables while a reflector reads them; rows of excluded or unknown tables are dropped. */
final class Tables {

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
    private final Set<String> excluded;

    Tables(Set<String> excluded) {
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

    Schema build() {
        Map<String, Table> out = new LinkedHashMap<>();
        tables.forEach((name, p) -> out.put(name, new Table(name, p.columns, p.primaryKey, p.uniques, p.indexes,
                p.foreignKeys, p.checks, p.comment)));
        return new Schema(out);
    }

    static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
