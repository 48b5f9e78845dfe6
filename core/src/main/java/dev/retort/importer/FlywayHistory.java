package dev.retort.importer;

import dev.retort.RetortException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads Flyway's history table ({@code flyway_schema_history}) to find the version a database is at: the highest
 * versioned migration that succeeded and was not undone or deleted since, in {@code installed_rank} order.
 */
public final class FlywayHistory {

    /** Flyway's default history table. */
    public static final String DEFAULT_TABLE = "flyway_schema_history";

    /**
     * @param version the highest applied version, or null when none is
     * @param notes failed migrations and baselines the user should know about
     */
    public record Applied(String version, List<String> notes) {

        public Applied {
            notes = List.copyOf(notes);
        }
    }

    private FlywayHistory() {
    }

    /**
     * @param table the history table, {@code name} or {@code schema.name}, as Flyway created it (case kept)
     * @param dialect {@code h2}, {@code postgresql} or {@code mariadb}: how the name is quoted
     */
    public static Applied read(Connection c, String dialect, String table) {
        String sql = "SELECT version, type, script, success FROM " + quote(dialect, table) + " ORDER BY installed_rank";
        TreeSet<String> applied = new TreeSet<>(FlywayImporter::compare);
        List<String> notes = new ArrayList<>();
        Map<String, String> failed = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                String version = rs.getString(1);
                String type = rs.getString(2);
                String script = rs.getString(3);
                boolean success = rs.getBoolean(4);
                if (version == null || version.isBlank()) {
                    continue; // repeatable migrations and schema creation rows
                }
                if (!success) {
                    failed.put(version, script);
                    continue;
                }
                failed.remove(version);
                if (type != null && (type.startsWith("UNDO") || type.equals("DELETE"))) {
                    applied.remove(version);
                } else {
                    if ("BASELINE".equals(type)) {
                        notes.add("Flyway baselined the database at version " + version + " (" + script + ")");
                    }
                    applied.add(version);
                }
            }
        } catch (SQLException e) {
            throw new RetortException("Cannot read Flyway's history table " + table + ": " + e.getMessage().strip()
                    + ". Check the URL, and pass --flyway-table when Flyway used another table name or schema", e);
        }
        failed.forEach((version, script) -> notes.add("Flyway recorded version " + version + " (" + script
                + ") as failed: it was not counted as applied. Check what of it the database holds before you "
                + "upgrade past it"));
        return new Applied(applied.isEmpty() ? null : applied.last(), notes);
    }

    private static String quote(String dialect, String table) {
        char q = "mariadb".equals(dialect) ? '`' : '"';
        List<String> parts = new ArrayList<>();
        for (String part : table.split("\\.")) {
            parts.add(q + part.replace(String.valueOf(q), String.valueOf(q) + q) + q);
        }
        return String.join(".", parts);
    }
}
