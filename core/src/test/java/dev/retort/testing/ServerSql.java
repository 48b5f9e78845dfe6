package dev.retort.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;

/** Small JDBC helpers for tests against the real servers: run SQL, read a column, wipe the class database. */
public final class ServerSql {

    private ServerSql() {
    }

    /** The two servers as named parameterized-test arguments. */
    public static Stream<Named<TestDatabase>> both(TestDatabase postgres, TestDatabase mariadb) {
        return Stream.of(Named.of("postgresql", postgres), Named.of("mariadb", mariadb));
    }

    public static void exec(TestDatabase db, String... statements) {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The first column of every row, as strings. */
    public static List<String> column(TestDatabase db, String sql) {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public static long count(TestDatabase db, String sql) {
        return Long.parseLong(column(db, sql).get(0));
    }

    /** The version rows of {@code table}, sorted. */
    public static List<String> versions(TestDatabase db, String table) {
        return column(db, "SELECT version_num FROM " + table + " ORDER BY version_num");
    }

    /** Tables of the class database's current schema, lower case, sorted. */
    public static List<String> tables(TestDatabase db) {
        String schema = switch (db.kind()) {
            case POSTGRES -> "current_schema()";
            case MARIADB -> "DATABASE()";
            case H2 -> "SCHEMA()";
        };
        return column(db, "SELECT LOWER(table_name) FROM information_schema.tables WHERE table_schema = " + schema
                + " ORDER BY 1");
    }

    /**
     * Drops the MariaDB databases named {@code <class database>_*}: the tenant schemas a test created beside its
     * class database, which dropping the class database does not take with it. Does nothing without MariaDB.
     */
    public static void dropTenantDatabases(TestDatabase maria) {
        if (maria.url() == null) {
            return;
        }
        for (String name : column(maria, "SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE '"
                + maria.name() + "\\_%'")) {
            exec(maria, "DROP DATABASE " + name);
        }
    }

    /** Drops everything the previous test left in the class database. */
    public static void reset(TestDatabase db) {
        if (db.kind() == TestDatabase.Kind.H2) {
            exec(db, "DROP ALL OBJECTS");
        } else if (db.kind() == TestDatabase.Kind.POSTGRES) {
            for (String schema : column(db, "SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' "
                    + "AND nspname <> 'information_schema'")) {
                exec(db, "DROP SCHEMA \"" + schema + "\" CASCADE");
            }
            exec(db, "CREATE SCHEMA public");
        } else {
            exec(db, "DROP DATABASE " + db.name(), "CREATE DATABASE " + db.name());
        }
    }
}
