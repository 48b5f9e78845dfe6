package dev.retort.schema;

import dev.retort.Retort;
import dev.retort.command.AutogenerateCommand;
import dev.retort.schema.model.Schema;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

/** A test database plus a revision directory and a target schema file, with the steps the autogenerate tests repeat. */
final class Workbench {

    final TestDatabase db;
    final Path revisions;
    final Path schemaFile;
    /** {@code retort.autogenerate.exclude-tables} of the engines {@link #retort()} makes. */
    List<String> excludeTables = List.of();

    Workbench(TestDatabase db, Path dir) throws IOException {
        this.db = db;
        this.revisions = Files.createDirectories(dir.resolve("revisions"));
        this.schemaFile = dir.resolve("schema.sql");
    }

    SchemaDialect dialect() {
        return SchemaDialects.byName(db.kind().dialect());
    }

    /** A freshly loaded engine over the revision directory and the target schema file. */
    Retort retort() {
        return Retort.configure().dataSource(db.dataSource()).locations("filesystem:" + revisions)
                .autogenerateSchema(List.of("filesystem:" + schemaFile)).autogenerateExcludeTables(excludeTables)
                .serviceLoader(false).load();
    }

    /** Writes {@code ddl} as the target schema and autogenerates a revision for it. */
    AutogenerateCommand.Result autogenerate(String ddl, String message) throws IOException {
        Files.writeString(schemaFile, ddl);
        return retort().autogenerate(message);
    }

    /** Autogenerates to {@code ddl} and upgrades to it. */
    AutogenerateCommand.Result migrateTo(String ddl, String message) throws IOException {
        AutogenerateCommand.Result result = autogenerate(ddl, message);
        retort().upgrade("heads");
        return result;
    }

    Schema live() throws SQLException {
        try (Connection c = db.connect()) {
            return dialect().reflector().reflect(c, dialect().currentSchema(c),
                    Set.of("retort_version", "retort_history", "retort_version_lock"));
        }
    }

    /** The schema {@code ddl} creates, as this database normalizes it. */
    Schema target(String ddl) throws SQLException, IOException {
        Path file = Files.createTempFile(schemaFile.getParent(), "target", ".sql");
        Files.writeString(file, ddl);
        try (Connection c = db.connect()) {
            return new DdlTargetSchemaSource(List.of("filesystem:" + file), getClass().getClassLoader()).load(c, dialect());
        }
    }

    /** Drops every table (Retort's included) and every revision file. */
    void reset() throws SQLException, IOException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            switch (db.kind()) {
                case POSTGRES -> s.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
                case MARIADB -> {
                    s.execute("DROP DATABASE " + db.name());
                    s.execute("CREATE DATABASE " + db.name());
                }
                case H2 -> s.execute("DROP ALL OBJECTS");
            }
        }
        try (var files = Files.list(revisions)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
    }
}
