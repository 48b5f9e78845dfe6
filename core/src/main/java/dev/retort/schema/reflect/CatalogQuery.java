package dev.retort.schema.reflect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** A catalog query whose one parameter is the schema name, run with a handler for each row. */
final class CatalogQuery {

    /** Handles the current row of a catalog query. */
    interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private CatalogQuery() {
    }

    static void forEachRow(Connection connection, String sql, String schema, Row row) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            p.setString(1, schema);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        }
    }
}
