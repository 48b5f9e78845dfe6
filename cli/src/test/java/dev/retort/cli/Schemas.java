package dev.retort.cli;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** Reads what tests compare: the columns of the application's tables and the version rows. */
final class Schemas {

    private Schemas() {
    }

    /** {@code table.column type nullable} for every column outside Retort's own tables, sorted. */
    static List<String> columns(String url) throws SQLException {
        TreeSet<String> out = new TreeSet<>();
        try (Connection c = DriverManager.getConnection(url)) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rs = meta.getColumns(c.getCatalog(), c.getSchema(), "%", "%")) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!table.startsWith("retort_")) {
                        out.add(table + "." + rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT) + " "
                                + rs.getString("TYPE_NAME").toLowerCase(Locale.ROOT) + " " + rs.getString("IS_NULLABLE"));
                    }
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** The rows of retort_version, sorted. */
    static List<String> versions(String url) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version_num FROM retort_version ORDER BY version_num")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
