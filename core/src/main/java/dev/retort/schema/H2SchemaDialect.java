package dev.retort.schema;

import dev.retort.schema.reflect.H2Reflector;
import dev.retort.schema.reflect.SchemaReflector;
import dev.retort.schema.render.H2Renderer;
import dev.retort.schema.render.SqlRenderer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/** H2: the scratch is a schema of the same database, made current with {@code SET SCHEMA} and dropped on close. */
public final class H2SchemaDialect implements SchemaDialect {

    @Override
    public String name() {
        return "h2";
    }

    @Override
    public SchemaReflector reflector() {
        return new H2Reflector();
    }

    @Override
    public SqlRenderer renderer() {
        return new H2Renderer();
    }

    @Override
    public String currentSchema(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT CURRENT_SCHEMA")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Override
    public ScratchSchema openScratch(Connection connection) throws SQLException {
        String name = ScratchNames.next().toUpperCase(Locale.ROOT);
        String previous = currentSchema(connection);
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE SCHEMA " + name);
            s.execute("SET SCHEMA " + name);
        }
        return new ScratchSchema() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void close() throws SQLException {
                try (Statement s = connection.createStatement()) {
                    s.execute("SET SCHEMA \"" + previous.replace("\"", "\"\"") + "\"");
                    s.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
                }
            }
        };
    }
}
