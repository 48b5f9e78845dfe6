package dev.retort.bench.runners;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The plain file handling of the raw JDBC floor: list the {@code .sql} files, cut out the upgrade section. */
final class ScriptFiles {

    private static final String UPGRADE = "-- retort:upgrade";
    private static final String DOWNGRADE = "-- retort:downgrade";

    private ScriptFiles() {
    }

    static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".sql")).sorted().toList();
        }
    }

    /** The revision a file holds, as the floor records it: the file name without {@code .sql}. */
    static String revisionId(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".sql".length());
    }

    /** The statements of the upgrade section; the generated scripts contain no ';' inside literals. */
    static String[] upgradeStatements(String script) {
        int start = script.indexOf(UPGRADE) + UPGRADE.length();
        int end = script.indexOf(DOWNGRADE, start);
        return script.substring(start, end < 0 ? script.length() : end).split(";");
    }
}
