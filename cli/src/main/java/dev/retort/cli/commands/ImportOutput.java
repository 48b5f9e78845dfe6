package dev.retort.cli.commands;

import dev.retort.RetortException;
import dev.retort.cli.output.MigrationOutput;
import dev.retort.command.AlembicFormat;
import dev.retort.command.ImportCommand;
import dev.retort.config.Locations;
import dev.retort.script.LocationScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What both import commands report: a line per file written on stdout, the notes and the stamp on stderr. */
final class ImportOutput {

    private ImportOutput() {
    }

    static void report(CliCommand command, ImportCommand.Result result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("files", result.files().stream().map(Path::toString).toList());
        json.put("notes", result.notes());
        json.put("stamped", result.stamped() == null ? null : MigrationOutput.json("stamp", result.stamped()));
        List<String> lines = result.files().stream().map(Generated::line).toList();
        if (command.json()) {
            lines.forEach(command.err()::println);
        } else {
            lines.forEach(command.out()::println);
        }
        result.notes().forEach(n -> command.err().println("Note: " + n));
        if (result.stamped() != null) {
            command.err().println(AlembicFormat.stamped(result.stamped()));
        }
        if (command.json()) {
            command.printJson(json);
        }
    }

    /** A path given on the command line, relative to the working directory. */
    static Path path(CliCommand command, String given) {
        return command.root().environment().workingDir().resolve(given).normalize();
    }

    /**
     * Creates the revision directory the import writes to, so the engine can load its (empty) location: the first
     * location, a {@code classpath:} one under {@code src/main/resources} as the CLI reads those.
     */
    static void prepare(CliCommand command) {
        Path workingDir = command.root().environment().workingDir();
        String first = Locations.resolve(command.root().config().get("locations"), workingDir).get(0);
        Path dir = first.startsWith(LocationScanner.CLASSPATH)
                ? workingDir.resolve("src/main/resources").resolve(first.substring(LocationScanner.CLASSPATH.length())
                        .replaceAll("^/+", ""))
                : Path.of(first.substring(LocationScanner.FILESYSTEM.length()));
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new RetortException("Cannot create the revision directory " + dir + ": " + e.getMessage(), e);
        }
    }
}
