package dev.retort.schema;

import dev.retort.schema.reflect.MariaDbReflector;
import dev.retort.schema.reflect.SchemaReflector;
import dev.retort.schema.render.MariaDbRenderer;
import dev.retort.schema.render.SqlRenderer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** MariaDB/MySQL: the scratch is a database of its own, dropped on close; needs CREATE and DROP privileges. */
public final class MariaDbSchemaDialect implements SchemaDialect {

    @Override
    public String name() {
        return "mariadb";
    }

    @Override
    public SchemaReflector reflector() {
        return new MariaDbReflector();
    }

    @Override
    public SqlRenderer renderer() {
        return new MariaDbRenderer();
    }

    @Override
    public String currentSchema(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT DATABASE()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Override
    public ScratchSchema openScratch(Connection connection) throws SQLException {
        String name = ScratchNames.next();
        String previous = currentSchema(connection);
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE DATABASE " + name);
            s.execute("USE " + name);
        }
        return new ScratchSchema() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void close() throws SQLException {
                try (Statement s = connection.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS " + name);
                    if (previous != null) {
                        s.execute("USE `" + previous.replace("`", "``") + "`");
                    }
                }
            }
        };
    }
}
