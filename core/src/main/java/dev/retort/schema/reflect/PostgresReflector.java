package dev.retort.schema.reflect;

import dev.retort.schema.model.CheckConstraint;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.Column.Identity;
import dev.retort.schema.model.Domain;
import dev.retort.schema.model.EnumType;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.PrimaryKey;
import dev.retort.schema.model.Schema;
import dev.retort.schema.model.Sequence;
import dev.retort.schema.model.UncomparedObject;
import dev.retort.schema.model.UniqueConstraint;
import dev.retort.schema.model.View;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * PostgreSQL through pg_catalog: eight queries per schema (tables, columns, constraints, indexes, sequences, types,
 * views, and the objects that are not compared). Objects that belong to an extension are left out.
 */
public final class PostgresReflector implements SchemaReflector {

    private static final String TABLES = "SELECT c.relname, obj_description(c.oid, 'pg_class') FROM pg_class c "
            + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relkind IN ('r', 'p') "
            + "AND NOT c.relispartition AND " + notInExtension("c", "pg_class");

    private static final String COLUMNS = "SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), "
            + "a.attnotnull, pg_get_expr(d.adbin, d.adrelid), a.attidentity, col_description(c.oid, a.attnum) "
            + "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
            + "LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
            + "WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped "
            + "ORDER BY c.relname, a.attnum";

    private static final String CONSTRAINTS = "SELECT c.relname, con.conname, con.contype, "
            + "ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a "
            + "ON a.attrelid = con.conrelid AND a.attnum = k.n ORDER BY k.i), "
            + "rc.relname, rn.nspname, "
            + "ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a "
            + "ON a.attrelid = con.confrelid AND a.attnum = k.n ORDER BY k.i), "
            + "con.confupdtype, con.confdeltype, pg_get_expr(con.conbin, con.conrelid) "
            + "FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
            + "LEFT JOIN pg_class rc ON rc.oid = con.confrelid LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace "
            + "WHERE n.nspname = ? AND con.contype IN ('p', 'u', 'f', 'c') ORDER BY c.relname, con.conname";

    private static final String INDEXES = "SELECT c.relname, i.relname, x.indisunique, am.amname, "
            + "pg_get_expr(x.indpred, x.indrelid), "
            + "ARRAY(SELECT CASE WHEN x.indkey[k - 1] = 0 THEN '(' || pg_get_indexdef(x.indexrelid, k, true) || ')' "
            + "ELSE a.attname::text END || CASE WHEN x.indoption[k - 1] & 1 = 1 THEN ' DESC' ELSE '' END "
            + "FROM generate_series(1, x.indnkeyatts) k LEFT JOIN pg_attribute a ON a.attrelid = x.indrelid "
            + "AND a.attnum = x.indkey[k - 1] ORDER BY k) "
            + "FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class c ON c.oid = x.indrelid "
            + "JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_am am ON am.oid = i.relam "
            + "WHERE n.nspname = ? AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = x.indexrelid "
            + "AND con.conrelid = x.indrelid AND con.contype IN ('p', 'u', 'x')) ORDER BY c.relname, i.relname";

    /** Sequences with the column that owns them through {@code serial}; identity columns' sequences are left out. */
    private static final String SEQUENCES = "SELECT c.relname, format_type(s.seqtypid, NULL), s.seqstart, "
            + "s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle, c.oid::regclass::text, t.relname, a.attname "
            + "FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
            + "LEFT JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid "
            + "AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i') "
            + "LEFT JOIN pg_class t ON t.oid = d.refobjid "
            + "LEFT JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid "
            + "WHERE n.nspname = ? AND (d.deptype IS NULL OR d.deptype = 'a') AND " + notInExtension("c", "pg_class");

    /** Enum types (labels in order) and domains (base type, NOT NULL, default, checks by name). */
    private static final String TYPES = "SELECT t.typname, t.typtype, format_type(t.typbasetype, t.typtypmod), "
            + "t.typnotnull, pg_get_expr(t.typdefaultbin, 0), "
            + "ARRAY(SELECT e.enumlabel::text FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder), "
            + "ARRAY(SELECT con.conname::text FROM pg_constraint con WHERE con.contypid = t.oid AND con.contype = 'c' "
            + "ORDER BY con.conname), "
            + "ARRAY(SELECT pg_get_expr(con.conbin, 0) FROM pg_constraint con WHERE con.contypid = t.oid "
            + "AND con.contype = 'c' ORDER BY con.conname) "
            + "FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace "
            + "WHERE n.nspname = ? AND t.typtype IN ('e', 'd') AND " + notInExtension("t", "pg_type");

    /** Views with their output columns and the relations of the same schema their rules depend on. */
    private static final String VIEWS = "SELECT c.relname, pg_get_viewdef(c.oid, true), "
            + "ARRAY(SELECT a.attname || ' ' || format_type(a.atttypid, a.atttypmod) FROM pg_attribute a "
            + "WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum), "
            + "ARRAY(SELECT DISTINCT r.relname::text FROM pg_rewrite w JOIN pg_depend d "
            + "ON d.classid = 'pg_rewrite'::regclass AND d.objid = w.oid AND d.refclassid = 'pg_class'::regclass "
            + "JOIN pg_class r ON r.oid = d.refobjid WHERE w.ev_class = c.oid AND r.oid <> c.oid "
            + "AND r.relnamespace = c.relnamespace) "
            + "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relkind = 'v' "
            + "AND " + notInExtension("c", "pg_class");

    /** What autogenerate does not compare, so that {@code check} can say so. */
    private static final String UNCOMPARED = "WITH s AS (SELECT oid FROM pg_namespace WHERE nspname = ?) "
            + "SELECT 'materialized view', c.relname, NULL FROM pg_class c WHERE c.relnamespace = (SELECT oid FROM s) "
            + "AND c.relkind = 'm' AND " + notInExtension("c", "pg_class")
            + " UNION ALL SELECT 'partition', c.relname, p.relname FROM pg_class c JOIN pg_inherits i "
            + "ON i.inhrelid = c.oid JOIN pg_class p ON p.oid = i.inhparent "
            + "WHERE c.relnamespace = (SELECT oid FROM s) AND c.relispartition"
            + " UNION ALL SELECT 'trigger', t.tgname, c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            + "WHERE c.relnamespace = (SELECT oid FROM s) AND NOT t.tgisinternal"
            + " UNION ALL SELECT 'rule', r.rulename, c.relname FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class "
            + "WHERE c.relnamespace = (SELECT oid FROM s) AND c.relkind IN ('r', 'p')"
            + " UNION ALL SELECT 'policy', pol.polname, c.relname FROM pg_policy pol JOIN pg_class c "
            + "ON c.oid = pol.polrelid WHERE c.relnamespace = (SELECT oid FROM s)"
            + " UNION ALL SELECT CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' "
            + "ELSE 'function' END, p.proname, NULL FROM pg_proc p WHERE p.pronamespace = (SELECT oid FROM s) "
            + "AND " + notInExtension("p", "pg_proc")
            + " UNION ALL SELECT CASE t.typtype WHEN 'c' THEN 'composite type' ELSE 'range type' END, t.typname, NULL "
            + "FROM pg_type t LEFT JOIN pg_class c ON c.oid = t.typrelid WHERE t.typnamespace = (SELECT oid FROM s) "
            + "AND (t.typtype = 'r' OR t.typtype = 'c' AND c.relkind = 'c') AND " + notInExtension("t", "pg_type")
            + " ORDER BY 1, 2";

    /** Serial types by the column type of the sequence's owner. */
    private static final Set<String> SERIAL_TYPES = Set.of("smallint", "integer", "bigint");

    /**
     * Runs the queries in one transaction (one snapshot) without parallel workers: catalogs bloated by earlier
     * scratch schemas make the planner start workers, which costs more than the scans on a fresh session.
     */
    @Override
    public Schema reflect(Connection connection, String schema, Set<String> excluded) throws SQLException {
        boolean ownTransaction = connection.getAutoCommit();
        if (ownTransaction) {
            connection.setAutoCommit(false);
        }
        try {
            String previous;
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT current_setting('max_parallel_workers_per_gather'), "
                            + "set_config('max_parallel_workers_per_gather', '0', true)")) {
                rs.next();
                previous = rs.getString(1);
            }
            Schema reflected = query(connection, schema, excluded);
            if (!ownTransaction) {
                // after a failure the caller's transaction is aborted and its rollback undoes the setting
                try (PreparedStatement p = connection.prepareStatement(
                        "SELECT set_config('max_parallel_workers_per_gather', ?, true)")) {
                    p.setString(1, previous);
                    p.execute();
                }
            }
            return reflected;
        } finally {
            if (ownTransaction) {
                try {
                    connection.rollback();
                } finally {
                    connection.setAutoCommit(true);
                }
            }
        }
    }

    private static Schema query(Connection connection, String schema, Set<String> excluded) throws SQLException {
        SchemaCollector tables = new SchemaCollector(excluded);
        CatalogQuery.forEachRow(connection, TABLES, schema, rs -> tables.table(rs.getString(1), rs.getString(2)));
        CatalogQuery.forEachRow(connection, COLUMNS, schema, rs -> {
            String identity = rs.getString(6);
            tables.column(rs.getString(1), new Column(rs.getString(2), rs.getString(3), !rs.getBoolean(4),
                    rs.getString(5), "a".equals(identity) ? Identity.ALWAYS
                            : "d".equals(identity) ? Identity.BY_DEFAULT : Identity.NONE,
                    rs.getString(7)));
        });
        CatalogQuery.forEachRow(connection, CONSTRAINTS, schema, rs -> {
            String table = rs.getString(1);
            String name = rs.getString(2);
            List<String> columns = strings(rs.getArray(4));
            switch (rs.getString(3)) {
                case "p" -> tables.primaryKey(table, new PrimaryKey(name, columns));
                case "u" -> tables.unique(table, new UniqueConstraint(name, columns));
                case "f" -> {
                    String refSchema = schema.equals(rs.getString(6)) ? null : rs.getString(6);
                    tables.foreignKey(table, new ForeignKey(name, columns, refSchema, rs.getString(5),
                            strings(rs.getArray(7)), action(rs.getString(8)), action(rs.getString(9))));
                }
                default -> tables.check(table, new CheckConstraint(name, rs.getString(10)));
            }
        });
        CatalogQuery.forEachRow(connection, INDEXES, schema, rs -> {
            String method = rs.getString(4);
            tables.index(rs.getString(1), new Index(rs.getString(2), rs.getBoolean(3), strings(rs.getArray(6)),
                    rs.getString(5), "btree".equals(method) ? null : method));
        });
        CatalogQuery.forEachRow(connection, SEQUENCES, schema, rs -> {
            String name = rs.getString(1);
            tables.sequence(new Sequence(name, rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                    rs.getLong(6), rs.getLong(7), rs.getBoolean(8)));
            String table = rs.getString(10);
            if (table != null) {
                serial(tables, table, rs.getString(11), name, rs.getString(9));
            }
        });
        CatalogQuery.forEachRow(connection, TYPES, schema, rs -> {
            if ("e".equals(rs.getString(2))) {
                tables.enumType(new EnumType(rs.getString(1), strings(rs.getArray(6))));
                return;
            }
            List<String> names = strings(rs.getArray(7));
            List<String> expressions = strings(rs.getArray(8));
            List<CheckConstraint> checks = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                checks.add(new CheckConstraint(names.get(i), expressions.get(i)));
            }
            tables.domain(new Domain(rs.getString(1), rs.getString(3), !rs.getBoolean(4), rs.getString(5), checks));
        });
        CatalogQuery.forEachRow(connection, VIEWS, schema, rs -> {
            String definition = rs.getString(2).strip();
            if (definition.endsWith(";")) {
                definition = definition.substring(0, definition.length() - 1);
            }
            tables.view(new View(rs.getString(1), definition, strings(rs.getArray(3)), strings(rs.getArray(4))));
        });
        CatalogQuery.forEachRow(connection, UNCOMPARED, schema,
                rs -> tables.uncompared(new UncomparedObject(rs.getString(1), rs.getString(2), rs.getString(3))));
        return tables.build();
    }

    /**
     * A column whose default takes the next value of the sequence it owns is a {@code serial} column: the sequence
     * is part of it, not a sequence of its own. The sequence of a column of a table left out is left out too.
     */
    private static void serial(SchemaCollector tables, String table, String column, String sequence,
            String reference) {
        Column c = tables.column(table, column);
        if (c == null) {
            tables.removeSequence(sequence); // it belongs to a table that is not compared
            return;
        }
        String nextValue = "nextval('" + reference.replace("'", "''") + "'::regclass)";
        if (nextValue.equals(c.defaultValue()) && SERIAL_TYPES.contains(c.type())
                && c.identity() == Identity.NONE) {
            tables.replaceColumn(table, new Column(c.name(), c.type(), c.nullable(), c.defaultValue(), Identity.SERIAL,
                    c.comment()));
            tables.removeSequence(sequence);
        }
    }

    /** A condition that the object {@code alias} (a row of {@code catalog}) does not belong to an extension. */
    private static String notInExtension(String alias, String catalog) {
        return "NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = '" + catalog + "'::regclass AND x.objid = "
                + alias + ".oid AND x.deptype = 'e')";
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }

    private static String action(String code) {
        return switch (code) {
            case "r" -> "RESTRICT";
            case "c" -> "CASCADE";
            case "n" -> "SET NULL";
            case "d" -> "SET DEFAULT";
            default -> "NO ACTION";
        };
    }
}
