package dev.retort.schema.reflect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** A catalog query whose parameters are all the schema name, run with a handler for each row. */
final class CatalogQuery {

    /** Handles the current row of a catalog query. */
    interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private CatalogQuery() {
    }

    static void forEachRow(Connection connection, String sql, String schema, Row row) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            int parameters = (int) sql.chars().filter(ch -> ch == '?').count();
            for (int i = 1; i <= parameters; i++) {
                p.setString(i, schema);
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        }
    }
}
