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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * H2 2.x through INFORMATION_SCHEMA: eight queries per schema. H2 qualifies the names in view definitions and
 * defaults with their schema; the compared schema's own qualification is removed, so that a target built in a
 * scratch schema compares equal.
 */
public final class H2Reflector implements SchemaReflector {

    private static final String TABLES = "SELECT TABLE_NAME, REMARKS FROM INFORMATION_SCHEMA.TABLES "
            + "WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE'";

    /** The 13th column is an ENUM column's values, quoted and in order ({@code 'CAT', 'DOG'}). */
    private static final String COLUMNS = "SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, "
            + "DECLARED_NUMERIC_PRECISION, DECLARED_NUMERIC_SCALE, DATETIME_PRECISION, IS_NULLABLE, COLUMN_DEFAULT, "
            + "IS_IDENTITY, IDENTITY_GENERATION, REMARKS, CASE WHEN DATA_TYPE = 'ENUM' THEN (SELECT LISTAGG("
            + "'''' || REPLACE(e.VALUE_NAME, '''', '''''') || '''', ', ') WITHIN GROUP (ORDER BY e.VALUE_ORDINAL) "
            + "FROM INFORMATION_SCHEMA.ENUM_VALUES e WHERE e.OBJECT_SCHEMA = c.TABLE_SCHEMA "
            + "AND e.OBJECT_NAME = c.TABLE_NAME AND e.OBJECT_TYPE = 'TABLE' AND e.ENUM_IDENTIFIER = c.DTD_IDENTIFIER) "
            + "END FROM INFORMATION_SCHEMA.COLUMNS c WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, ORDINAL_POSITION";

    /** Key columns; for a foreign key, with the referenced column (any schema) at the same position. */
    private static final String CONSTRAINTS = "SELECT tc.TABLE_NAME, tc.CONSTRAINT_NAME, tc.CONSTRAINT_TYPE, "
            + "k.COLUMN_NAME, rk.TABLE_SCHEMA, rk.TABLE_NAME, rk.COLUMN_NAME, rc.UPDATE_RULE, rc.DELETE_RULE "
            + "FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k "
            + "ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME "
            + "LEFT JOIN INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS rc ON rc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA "
            + "AND rc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME "
            + "LEFT JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE rk ON rk.CONSTRAINT_SCHEMA = rc.UNIQUE_CONSTRAINT_SCHEMA "
            + "AND rk.CONSTRAINT_NAME = rc.UNIQUE_CONSTRAINT_NAME "
            + "AND rk.ORDINAL_POSITION = k.POSITION_IN_UNIQUE_CONSTRAINT "
            + "WHERE tc.TABLE_SCHEMA = ? AND tc.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY') "
            + "ORDER BY tc.TABLE_NAME, tc.CONSTRAINT_NAME, k.ORDINAL_POSITION";

    private static final String CHECKS = "SELECT tc.TABLE_NAME, cc.CONSTRAINT_NAME, cc.CHECK_CLAUSE "
            + "FROM INFORMATION_SCHEMA.CHECK_CONSTRAINTS cc JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc "
            + "ON tc.CONSTRAINT_SCHEMA = cc.CONSTRAINT_SCHEMA AND tc.CONSTRAINT_NAME = cc.CONSTRAINT_NAME "
            + "WHERE tc.TABLE_SCHEMA = ? AND tc.CONSTRAINT_TYPE = 'CHECK' ORDER BY tc.TABLE_NAME, cc.CONSTRAINT_NAME";

    private static final String INDEXES = "SELECT i.TABLE_NAME, i.INDEX_NAME, i.INDEX_TYPE_NAME, c.COLUMN_NAME, "
            + "c.ORDERING_SPECIFICATION FROM INFORMATION_SCHEMA.INDEXES i JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c "
            + "ON c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME "
            + "WHERE i.TABLE_SCHEMA = ? AND NOT i.IS_GENERATED ORDER BY i.TABLE_NAME, i.INDEX_NAME, c.ORDINAL_POSITION";

    private static final String SEQUENCES = "SELECT SEQUENCE_NAME, DATA_TYPE, START_VALUE, INCREMENT, MINIMUM_VALUE, "
            + "MAXIMUM_VALUE, CACHE, CYCLE_OPTION FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA = ?";

    private static final String VIEWS = "SELECT TABLE_NAME, VIEW_DEFINITION FROM INFORMATION_SCHEMA.VIEWS "
            + "WHERE TABLE_SCHEMA = ?";

    /** What autogenerate does not compare, so that {@code check} can say so. */
    private static final String UNCOMPARED = "SELECT 'trigger', TRIGGER_NAME, EVENT_OBJECT_TABLE "
            + "FROM INFORMATION_SCHEMA.TRIGGERS WHERE TRIGGER_SCHEMA = ? "
            + "UNION ALL SELECT DISTINCT LOWER(ROUTINE_TYPE), ROUTINE_NAME, NULL FROM INFORMATION_SCHEMA.ROUTINES "
            + "WHERE ROUTINE_SCHEMA = ? "
            + "UNION ALL SELECT 'domain', DOMAIN_NAME, NULL FROM INFORMATION_SCHEMA.DOMAINS WHERE DOMAIN_SCHEMA = ? "
            + "UNION ALL SELECT 'constant', CONSTANT_NAME, NULL FROM INFORMATION_SCHEMA.CONSTANTS "
            + "WHERE CONSTANT_SCHEMA = ? "
            + "UNION ALL SELECT 'synonym', SYNONYM_NAME, NULL FROM INFORMATION_SCHEMA.SYNONYMS WHERE SYNONYM_SCHEMA = ? "
            + "ORDER BY 1, 2";

    private static final Set<String> LENGTH_TYPES = Set.of("CHARACTER", "CHARACTER VARYING", "VARCHAR_IGNORECASE",
            "BINARY", "BINARY VARYING");

    @Override
    public Schema reflect(Connection connection, String schema, Set<String> excluded) throws SQLException {
        SchemaCollector tables = new SchemaCollector(excluded);
        Unqualifier own = new Unqualifier(schema, '"');
        CatalogQuery.forEachRow(connection, TABLES, schema, rs -> tables.table(rs.getString(1), rs.getString(2)));
        CatalogQuery.forEachRow(connection, COLUMNS, schema, rs -> {
            Identity identity = !"YES".equals(rs.getString(10)) ? Identity.NONE
                    : "ALWAYS".equals(rs.getString(11)) ? Identity.ALWAYS : Identity.BY_DEFAULT;
            tables.column(rs.getString(1), new Column(rs.getString(2), type(rs), "YES".equals(rs.getString(8)),
                    own.strip(rs.getString(9)), identity, rs.getString(12)));
        });
        Map<String, Key> keys = new LinkedHashMap<>();
        CatalogQuery.forEachRow(connection, CONSTRAINTS, schema, rs -> {
            Key k = keys.computeIfAbsent(rs.getString(2), n -> new Key());
            k.table = rs.getString(1);
            k.type = rs.getString(3);
            k.columns.add(rs.getString(4));
            k.referencedSchema = schema.equals(rs.getString(5)) ? null : rs.getString(5);
            k.referencedTable = rs.getString(6);
            k.referencedColumns.add(rs.getString(7));
            k.onUpdate = rs.getString(8);
            k.onDelete = rs.getString(9);
        });
        keys.forEach((name, k) -> {
            switch (k.type) {
                case "PRIMARY KEY" -> tables.primaryKey(k.table, new PrimaryKey(name, k.columns));
                case "UNIQUE" -> tables.unique(k.table, new UniqueConstraint(name, k.columns));
                default -> tables.foreignKey(k.table, new ForeignKey(name, k.columns, k.referencedSchema,
                        k.referencedTable, k.referencedColumns, k.onUpdate, k.onDelete));
            }
        });
        CatalogQuery.forEachRow(connection, CHECKS, schema, rs -> {
            tables.check(rs.getString(1), new CheckConstraint(rs.getString(2), rs.getString(3)));
        });
        Map<List<String>, Index> indexes = new LinkedHashMap<>();
        CatalogQuery.forEachRow(connection, INDEXES, schema, rs -> {
            List<String> id = List.of(rs.getString(1), rs.getString(2));
            Index previous = indexes.get(id);
            List<String> elements = new ArrayList<>(previous == null ? List.of() : previous.elements());
            elements.add(rs.getString(4) + ("DESC".equals(rs.getString(5)) ? " DESC" : ""));
            indexes.put(id, new Index(id.get(1), "UNIQUE INDEX".equals(rs.getString(3)), elements, null, null));
        });
        indexes.forEach((id, index) -> tables.index(id.get(0), index));
        CatalogQuery.forEachRow(connection, SEQUENCES, schema, rs -> tables.sequence(new Sequence(rs.getString(1),
                rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7),
                "YES".equals(rs.getString(8)))));
        CatalogQuery.forEachRow(connection, VIEWS, schema, rs -> {
            String definition = rs.getString(2);
            tables.view(new View(rs.getString(1), own.strip(definition), List.of(), own.references(definition)));
        });
        CatalogQuery.forEachRow(connection, UNCOMPARED, schema,
                rs -> tables.uncompared(new UncomparedObject(rs.getString(1), rs.getString(2), rs.getString(3))));
        return tables.build();
    }

    /** The declared type, spelled the way H2 accepts it back. */
    private static String type(ResultSet rs) throws SQLException {
        String type = rs.getString(3);
        if (type.equals("ENUM")) {
            return "ENUM(" + rs.getString(13) + ")";
        }
        long length = rs.getLong(4);
        if (LENGTH_TYPES.contains(type) && !rs.wasNull()) {
            return type + "(" + length + ")";
        }
        int precision = rs.getInt(5);
        if (!rs.wasNull() && (type.equals("NUMERIC") || type.equals("DECIMAL") || type.equals("DECFLOAT"))) {
            int scale = rs.getInt(6);
            return type + "(" + precision + (rs.wasNull() || type.equals("DECFLOAT") ? "" : ", " + scale) + ")";
        }
        int datetime = rs.getInt(7);
        if (!rs.wasNull() && (type.startsWith("TIME"))) {
            int zone = type.indexOf(" WITH TIME ZONE");
            return zone < 0 ? type + "(" + datetime + ")"
                    : type.substring(0, zone) + "(" + datetime + ")" + type.substring(zone);
        }
        return type;
    }

    /** A key constraint while its column rows are collected. */
    private static final class Key {
        String table;
        String type;
        String referencedSchema;
        String referencedTable;
        String onUpdate;
        String onDelete;
        final List<String> columns = new ArrayList<>();
        final List<String> referencedColumns = new ArrayList<>();
    }
}
