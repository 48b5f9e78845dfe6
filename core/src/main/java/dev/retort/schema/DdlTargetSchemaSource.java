package dev.retort.schema;

import dev.retort.ConfigurationException;
import dev.retort.schema.model.Schema;
import dev.retort.script.LocationScanner;
import dev.retort.script.ScriptResource;
import dev.retort.script.SqlFlavor;
import dev.retort.script.SqlSplitter;
import dev.retort.script.SqlStatement;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The target schema from declarative DDL files ({@code retort.autogenerate.schema}): they run in a
 * scratch schema of the live server, which is reflected and dropped, so the database itself
 * normalizes types, defaults and names exactly as it does for the live schema.
 */
public final class DdlTargetSchemaSource implements TargetSchemaSource {

    private static final Logger log = LoggerFactory.getLogger(DdlTargetSchemaSource.class);

    private static final String FIX_SCHEMA_FILE = "Fix the schema file; it must create every table with unqualified names";

    private final List<String> locations;
    private final ClassLoader classLoader;
    private final ScriptResource generated;
    private final String fix;

    /**
     * @param locations {@code classpath:} or {@code filesystem:} files or directories of {@code .sql} files
     * @param classLoader the class loader for {@code classpath:} locations
     */
    public DdlTargetSchemaSource(List<String> locations, ClassLoader classLoader) {
        this(List.copyOf(locations), classLoader, null, FIX_SCHEMA_FILE);
    }

    private DdlTargetSchemaSource(List<String> locations, ClassLoader classLoader, ScriptResource generated,
            String fix) {
        this.locations = locations;
        this.classLoader = classLoader;
        this.generated = generated;
        this.fix = fix;
    }

    /**
     * The target built from DDL another tool generated (Hibernate's create script for the entities), through the
     * same scratch schema and reflection as schema files.
     *
     * @param name what the DDL is, for error messages
     * @param fix what a user does when one of its statements fails on the server
     */
    public static DdlTargetSchemaSource generated(String name, String ddl, String fix) {
        return new DdlTargetSchemaSource(List.of(), DdlTargetSchemaSource.class.getClassLoader(),
                new ScriptResource(name, ddl), fix);
    }

    @Override
    public Schema load(Connection connection, SchemaDialect dialect) {
        SqlSplitter splitter = new SqlSplitter(dialect.name().equals("mariadb") ? SqlFlavor.MYSQL : SqlFlavor.STANDARD);
        List<TargetFile> files = new ArrayList<>();
        for (ScriptResource file : generated != null ? List.of(generated) : read()) {
            files.add(new TargetFile(file.name(), splitter.split(file.content(), 1, file.name())));
        }
        SQLException temporaryFailure = null;
        try {
            Optional<Schema> fast = inTemporaryScratch(connection, dialect, files);
            if (fast.isPresent()) {
                return fast.get();
            }
        } catch (SQLException e) {
            // the regular scratch runs the same DDL again and reports what fails there, with file and line
            log.debug("Target DDL did not fit the temporary scratch ({}); using a regular scratch schema",
                    e.getMessage());
            temporaryFailure = e;
        }
        ScratchSchema regular;
        try {
            regular = dialect.openScratch(connection);
        } catch (SQLException e) {
            throw new SchemaException("Cannot create a scratch schema for the target: " + e.getMessage()
                    + ". Autogenerate needs the right to create and drop a schema (PostgreSQL, H2) or a database "
                    + "(MariaDB) named retort_scratch_*"
                    + (temporaryFailure == null ? "" : "; it needed one because the target DDL failed in the "
                            + "temporary schema: " + temporaryFailure.getMessage() + ". If that statement is wrong, "
                            + "fix the schema file"), e);
        }
        try (ScratchSchema scratch = regular) {
            for (TargetFile file : files) {
                execute(connection, file, fix);
            }
            return dialect.settle(connection, scratch.name(),
                    dialect.reflector().reflect(connection, scratch.name(), Set.of()));
        } catch (SQLException e) {
            throw new SchemaException("Cannot build the target schema in a scratch schema: " + e.getMessage()
                    + ". Autogenerate needs the right to create and drop a schema (PostgreSQL, H2) or a database "
                    + "(MariaDB) named retort_scratch_*", e);
        }
    }

    /** The target built in the dialect's cheaper scratch, or empty when it has none. */
    private static Optional<Schema> inTemporaryScratch(Connection connection, SchemaDialect dialect,
            List<TargetFile> files) throws SQLException {
        Optional<ScratchSchema> temporary = dialect.openTemporaryScratch(connection);
        if (temporary.isEmpty()) {
            return Optional.empty();
        }
        try (ScratchSchema scratch = temporary.get(); Statement s = connection.createStatement()) {
            // one batch: the driver sends it without waiting for each statement's answer
            for (TargetFile file : files) {
                for (SqlStatement statement : file.statements()) {
                    s.addBatch(statement.sql());
                }
            }
            s.executeBatch();
            return Optional.of(dialect.settle(connection, scratch.name(),
                    dialect.reflector().reflect(connection, scratch.name(), Set.of())));
        }
    }

    private static void execute(Connection connection, TargetFile file, String fix) {
        for (SqlStatement statement : file.statements()) {
            try (Statement s = connection.createStatement()) {
                s.execute(statement.sql());
            } catch (SQLException e) {
                throw new SchemaException("Statement " + statement.index() + " of " + file.name() + " (line "
                        + statement.line() + ") failed while building the target schema: " + e.getMessage()
                        + "\n" + statement.sql() + "\n" + fix, e);
            }
        }
    }

    private record TargetFile(String name, List<SqlStatement> statements) {
    }

    private List<ScriptResource> read() {
        List<ScriptResource> out = new ArrayList<>();
        for (String location : locations) {
            out.addAll(read(location));
        }
        return out;
    }

    /** True when every location holds at least one schema file: only then is there a target to compare with. */
    public boolean exists() {
        for (String location : locations) {
            if (find(location).isEmpty()) {
                return false;
            }
        }
        return !locations.isEmpty();
    }

    private List<ScriptResource> read(String location) {
        List<ScriptResource> found = find(location);
        if (found.isEmpty()) {
            throw missing(location);
        }
        return found;
    }

    /** The schema files at {@code location}; empty when there are none. */
    private List<ScriptResource> find(String location) {
        if (location.startsWith(LocationScanner.FILESYSTEM)) {
            Path path = Paths.get(location.substring(LocationScanner.FILESYSTEM.length()));
            if (Files.isRegularFile(path)) {
                try {
                    return List.of(new ScriptResource(location, Files.readString(path, StandardCharsets.UTF_8)));
                } catch (IOException e) {
                    throw new ConfigurationException("Cannot read the target schema " + location + ": " + e.getMessage(), e);
                }
            }
            return Files.isDirectory(path) ? new LocationScanner(classLoader).scan(location) : List.of();
        }
        String path = location.startsWith(LocationScanner.CLASSPATH)
                ? location.substring(LocationScanner.CLASSPATH.length()) : location;
        path = path.startsWith("/") ? path.substring(1) : path;
        if (path.endsWith(".sql")) {
            try (InputStream in = classLoader.getResourceAsStream(path)) {
                return in == null ? List.of()
                        : List.of(new ScriptResource(location, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new ConfigurationException("Cannot read the target schema " + location + ": " + e.getMessage(), e);
            }
        }
        return new LocationScanner(classLoader).scan(location);
    }

    private static ConfigurationException missing(String location) {
        return new ConfigurationException("No target schema at " + location + ": autogenerate compares the database "
                + "with the DDL there. Create it (CREATE TABLE ... statements) or point retort.autogenerate.schema "
                + "(--autogenerate-schema) at your schema files");
    }

    /** The schema files it reads, for messages. */
    @Override
    public String toString() {
        return "schema files " + String.join(", ", locations);
    }
}
