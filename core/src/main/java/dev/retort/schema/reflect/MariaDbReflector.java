package dev.retort.schema.reflect;

import dev.retort.schema.model.CheckConstraint;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.Column.Identity;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.PrimaryKey;
import dev.retort.schema.model.Schema;
import dev.retort.schema.model.UniqueConstraint;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** MariaDB/MySQL through information_schema: six queries per database. */
public final class MariaDbReflector implements SchemaReflector {

    private static final String TABLES = "SELECT table_name, table_comment FROM information_schema.tables "
            + "WHERE table_schema = ? AND table_type = 'BASE TABLE'";

    private static final String COLUMNS = "SELECT table_name, column_name, column_type, is_nullable, column_default, "
            + "extra, column_comment FROM information_schema.columns WHERE table_schema = ? "
            + "ORDER BY table_name, ordinal_position";

    private static final String KEYS = "SELECT tc.table_name, tc.constraint_name, tc.constraint_type, k.column_name, "
            + "k.referenced_table_name, k.referenced_column_name, k.referenced_table_schema "
            + "FROM information_schema.table_constraints tc "
            + "JOIN information_schema.key_column_usage k ON k.constraint_schema = tc.constraint_schema "
            + "AND k.table_name = tc.table_name AND k.constraint_name = tc.constraint_name "
            + "WHERE tc.table_schema = ? AND tc.constraint_type IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY') "
            + "ORDER BY tc.table_name, tc.constraint_name, k.ordinal_position";

    private static final String RULES = "SELECT table_name, constraint_name, update_rule, delete_rule "
            + "FROM information_schema.referential_constraints WHERE constraint_schema = ?";

    private static final String CHECKS = "SELECT table_name, constraint_name, check_clause "
            + "FROM information_schema.check_constraints WHERE constraint_schema = ? ORDER BY table_name, constraint_name";

    private static final String INDEXES = "SELECT table_name, index_name, non_unique, column_name, collation "
            + "FROM information_schema.statistics WHERE table_schema = ? AND index_name <> 'PRIMARY' "
            + "ORDER BY table_name, index_name, seq_in_index";

    @Override
    public Schema reflect(Connection connection, String schema, Set<String> excluded) throws SQLException {
        Tables tables = new Tables(excluded);
        CatalogQuery.forEachRow(connection, TABLES, schema, rs -> tables.table(rs.getString(1), rs.getString(2)));
        CatalogQuery.forEachRow(connection, COLUMNS, schema, rs -> {
            String def = rs.getString(5);
            String extra = rs.getString(6) == null ? "" : rs.getString(6).toLowerCase(Locale.ROOT);
            tables.column(rs.getString(1), new Column(rs.getString(2), rs.getString(3),
                    "YES".equals(rs.getString(4)), "NULL".equals(def) ? null : def,
                    extra.contains("auto_increment") ? Identity.BY_DEFAULT : Identity.NONE,
                    Tables.blankToNull(rs.getString(7))));
        });
        Map<List<String>, String[]> rules = new HashMap<>();
        CatalogQuery.forEachRow(connection, RULES, schema, rs -> {
            rules.put(List.of(rs.getString(1), rs.getString(2)), new String[] {rs.getString(3), rs.getString(4)});
        });
        Map<List<String>, Key> keys = new LinkedHashMap<>();
        CatalogQuery.forEachRow(connection, KEYS, schema, rs -> {
            Key k = keys.computeIfAbsent(List.of(rs.getString(1), rs.getString(2)),
                    id -> new Key(id.get(0), id.get(1)));
            k.type = rs.getString(3);
            k.columns.add(rs.getString(4));
            k.referencedTable = rs.getString(5);
            k.referencedSchema = schema.equals(rs.getString(7)) ? null : rs.getString(7);
            if (rs.getString(6) != null) {
                k.referencedColumns.add(rs.getString(6));
            }
        });
        Set<List<String>> uniqueIndexes = new HashSet<>();
        for (Key k : keys.values()) {
            switch (k.type) {
                case "PRIMARY KEY" -> tables.primaryKey(k.table, new PrimaryKey(k.name, k.columns));
                case "UNIQUE" -> {
                    uniqueIndexes.add(List.of(k.table, k.name));
                    tables.unique(k.table, new UniqueConstraint(k.name, k.columns));
                }
                default -> {
                    String[] rule = rules.getOrDefault(List.of(k.table, k.name), new String[] {"RESTRICT", "RESTRICT"});
                    tables.foreignKey(k.table, new ForeignKey(k.name, k.columns, k.referencedSchema, k.referencedTable,
                            k.referencedColumns, rule[0], rule[1]));
                }
            }
        }
        CatalogQuery.forEachRow(connection, CHECKS, schema, rs -> {
            tables.check(rs.getString(1), new CheckConstraint(rs.getString(2), rs.getString(3)));
        });
        Map<List<String>, Index> indexes = new LinkedHashMap<>();
        CatalogQuery.forEachRow(connection, INDEXES, schema, rs -> {
            List<String> id = List.of(rs.getString(1), rs.getString(2));
            if (uniqueIndexes.contains(id)) {
                return; // the unique constraint's own index
            }
            String element = rs.getString(4) + ("D".equals(rs.getString(5)) ? " DESC" : "");
            Index previous = indexes.get(id);
            List<String> elements = new ArrayList<>(previous == null ? List.of() : previous.elements());
            elements.add(element);
            indexes.put(id, new Index(id.get(1), rs.getInt(3) == 0, elements, null, null));
        });
        indexes.forEach((id, index) -> tables.index(id.get(0), index));
        return tables.build();
    }

    /** A key constraint while its column rows are collected. */
    private static final class Key {
        final String table;
        final String name;
        String type;
        String referencedSchema;
        String referencedTable;
        final List<String> columns = new ArrayList<>();
        final List<String> referencedColumns = new ArrayList<>();

        Key(String table, String name) {
            this.table = table;
            this.name = name;
        }
    }
}
