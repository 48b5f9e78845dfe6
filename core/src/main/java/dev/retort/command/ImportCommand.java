package dev.retort.command;

import dev.retort.RetortException;
import dev.retort.importer.AlembicImporter;
import dev.retort.importer.Conversion;
import dev.retort.importer.FlywayHistory;
import dev.retort.importer.FlywayImporter;
import dev.retort.importer.ImportException;
import dev.retort.script.RevisionFile;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code import flyway} and {@code import alembic}: converts another tool's migrations into revision files in the
 * revision directory (which must hold no revisions yet), checks that they load as a graph, and for Flyway can stamp
 * the database at the version Flyway last applied.
 */
public final class ImportCommand {

    /**
     * @param files the revision files written, in the order they run
     * @param notes what the conversion left out or changed, for the user to act on
     * @param stamped the stamp made with {@code --stamp}, else null
     */
    public record Result(List<Path> files, List<String> notes, MigrationResult stamped) {

        public Result {
            files = List.copyOf(files);
            notes = List.copyOf(notes);
        }
    }

    private final CommandContext ctx;

    public ImportCommand(CommandContext ctx) {
        this.ctx = ctx;
    }

    /**
     * @param stamp read {@code flywayTable} from the configured database and stamp it at the last version Flyway
     *     applied successfully
     */
    public Result flyway(Path directory, boolean stamp, String flywayTable) {
        Conversion conversion = FlywayImporter.read(directory);
        List<String> notes = new ArrayList<>(conversion.notes());
        String target = null;
        if (stamp) {
            FlywayHistory.Applied applied;
            try (Connection c = ctx.connect()) {
                applied = FlywayHistory.read(c, ctx.dialect().name(), flywayTable);
            } catch (SQLException e) {
                throw new RetortException("Cannot read Flyway's history table: " + e.getMessage(), e);
            }
            notes.addAll(applied.notes());
            target = stampTarget(conversion, applied.version(), notes);
        }
        List<Path> files = write(conversion);
        MigrationResult stamped = null;
        if (stamp) {
            stamped = new StampCommand(CommandContext.create(ctx.config())).run(List.of(target), false, false);
        } else {
            CommandContext.create(ctx.config()); // the written revisions must load as a graph
        }
        return new Result(files, notes, stamped);
    }

    /** The revision for the applied Flyway version: the one of that version, else the last one below it. */
    private static String stampTarget(Conversion conversion, String version, List<String> notes) {
        if (version == null) {
            notes.add("Flyway's history table records no applied version: the database was stamped at base");
            return "base";
        }
        String target = "base";
        for (RevisionFile r : conversion.revisions()) {
            String v = r.id().substring(1).replace('_', '.');
            if (FlywayImporter.compare(v, version) <= 0) {
                target = r.id();
            }
        }
        String last = conversion.revisions().get(conversion.revisions().size() - 1).id();
        if (FlywayImporter.compare(last.substring(1).replace('_', '.'), version) < 0) {
            throw new ImportException("The database is at Flyway version " + version + ", beyond the last script in "
                    + "the directory (" + last + "); import the directory the database was migrated from");
        }
        if (!target.equals(FlywayImporter.revisionId(version))) {
            notes.add("No script has Flyway version " + version + ": stamped at " + target
                    + ", the last revision at or below it");
        }
        return target;
    }

    /**
     * @param upgradeSql output of {@code alembic upgrade heads --sql}
     * @param downgradeSql output of {@code alembic downgrade heads:base --sql}, or null (revisions irreversible)
     */
    public Result alembic(Path versionsDir, Path upgradeSql, Path downgradeSql) {
        Conversion conversion = AlembicImporter.read(versionsDir, read(upgradeSql), upgradeSql.toString(),
                downgradeSql == null ? null : read(downgradeSql), downgradeSql == null ? null : downgradeSql.toString());
        List<Path> files = write(conversion);
        CommandContext.create(ctx.config()); // the written revisions must load as a graph
        return new Result(files, conversion.notes(), null);
    }

    private List<Path> write(Conversion conversion) {
        if (!ctx.graph().isEmpty()) {
            throw new ImportException("The revision locations already hold " + ctx.graph().size() + " revision(s); "
                    + "import into an empty revision directory (--locations) and move files by hand if you must mix");
        }
        Path dir = new RevisionCommand(ctx).directory();
        List<Path> files = new ArrayList<>();
        for (RevisionFile r : conversion.revisions()) {
            Path file = dir.resolve(r.fileName());
            if (Files.exists(file)) {
                throw new ImportException(file + " already exists; import into an empty revision directory");
            }
            files.add(file);
        }
        try {
            Files.createDirectories(dir);
            for (int i = 0; i < files.size(); i++) {
                Files.writeString(files.get(i), conversion.revisions().get(i).text(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new RetortException("Cannot write the revisions to " + dir + ": " + e.getMessage(), e);
        }
        return files;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new ImportException("Cannot read " + file + ": it is not UTF-8 text", e);
        } catch (IOException e) {
            throw new ImportException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
