package dev.retort.schema.reflect;

import dev.retort.schema.model.CheckConstraint;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.Column.Identity;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.PrimaryKey;
import dev.retort.schema.model.Schema;
import dev.retort.schema.model.Sequence;
import dev.retort.schema.model.UncomparedObject;
import dev.retort.schema.model.UniqueConstraint;
import dev.retort.schema.model.View;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * MariaDB/MySQL through information_schema: eight queries per database, and one more that reads every sequence when
 * there are any. MariaDB qualifies the tables a view reads and the sequences a default uses with their database; the
 * compared database's own qualification is removed, so that a target built in a scratch database compares equal.
 */
public final class MariaDbReflector implements SchemaReflector {

    private static final String TABLES = "SELECT table_name, table_comment, table_type FROM information_schema.tables "
            + "WHERE table_schema = ? AND table_type IN ('BASE TABLE', 'SEQUENCE')";

    private static final String VIEWS = "SELECT table_name, view_definition FROM information_schema.views "
            + "WHERE table_schema = ?";

    /** What autogenerate does not compare, so that {@code check} can say so. */
    private static final String UNCOMPARED = "SELECT 'trigger', trigger_name, event_object_table "
            + "FROM information_schema.triggers WHERE trigger_schema = ? "
            + "UNION ALL SELECT LOWER(routine_type), routine_name, NULL FROM information_schema.routines "
            + "WHERE routine_schema = ? "
            + "UNION ALL SELECT 'event', event_name, NULL FROM information_schema.events WHERE event_schema = ? "
            + "ORDER BY 1, 2";

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
        SchemaCollector tables = new SchemaCollector(excluded);
        Unqualifier own = new Unqualifier(schema, '`');
        List<String> sequences = new ArrayList<>();
        CatalogQuery.forEachRow(connection, TABLES, schema, rs -> {
            if ("SEQUENCE".equals(rs.getString(3))) {
                sequences.add(rs.getString(1));
            } else {
                tables.table(rs.getString(1), rs.getString(2));
            }
        });
        CatalogQuery.forEachRow(connection, COLUMNS, schema, rs -> {
            String def = own.strip(rs.getString(5));
            String extra = rs.getString(6) == null ? "" : rs.getString(6).toLowerCase(Locale.ROOT);
            tables.column(rs.getString(1), new Column(rs.getString(2), rs.getString(3),
                    "YES".equals(rs.getString(4)), "NULL".equals(def) ? null : def,
                    extra.contains("auto_increment") ? Identity.BY_DEFAULT : Identity.NONE,
                    SchemaCollector.blankToNull(rs.getString(7))));
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
        if (!sequences.isEmpty()) {
            readSequences(connection, schema, sequences, tables);
        }
        CatalogQuery.forEachRow(connection, VIEWS, schema, rs -> {
            String definition = rs.getString(2);
            tables.view(new View(rs.getString(1), own.strip(definition), List.of(), own.references(definition)));
        });
        CatalogQuery.forEachRow(connection, UNCOMPARED, schema,
                rs -> tables.uncompared(new UncomparedObject(rs.getString(1), rs.getString(2), rs.getString(3))));
        return tables.build();
    }

    /**
     * MariaDB keeps a sequence's options in the sequence itself (a one-row table) and has no catalog view of them:
     * one query reads every sequence's row, which does not advance it.
     */
    private static void readSequences(Connection connection, String schema, List<String> names, SchemaCollector tables)
            throws SQLException {
        StringBuilder sql = new StringBuilder();
        for (String name : names) {
            if (!sql.isEmpty()) {
                sql.append(" UNION ALL ");
            }
            sql.append("SELECT ").append(literal(name)).append(", start_value, increment, minimum_value, maximum_value, "
                    + "cache_size, cycle_option FROM ").append(quote(schema)).append('.').append(quote(name));
        }
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql.toString())) {
            while (rs.next()) {
                tables.sequence(new Sequence(rs.getString(1), "bigint", rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getBoolean(7)));
            }
        }
    }

    private static String quote(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    private static String literal(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
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
