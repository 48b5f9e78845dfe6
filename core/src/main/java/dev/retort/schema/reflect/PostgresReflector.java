package dev.retort.schema.reflect;

import dev.retort.schema.model.CheckConstraint;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.Column.Identity;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.PrimaryKey;
import dev.retort.schema.model.Schema;
import dev.retort.schema.model.UniqueConstraint;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** PostgreSQL through pg_catalog: four queries per schema (tables, columns, constraints, indexes). */
public final class PostgresReflector implements SchemaReflector {

    private static final String TABLES = "SELECT c.relname, obj_description(c.oid, 'pg_class') FROM pg_class c "
            + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relkind IN ('r', 'p') "
            + "AND NOT c.relispartition";

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
        Tables tables = new Tables(excluded);
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
        return tables.build();
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
