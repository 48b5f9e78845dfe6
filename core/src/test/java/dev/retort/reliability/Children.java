package dev.retort.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts {@link ChildMigrator} in child JVMs and writes the revision files they run. */
final class Children {

    private Children() {
    }

    static Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx128m", "-XX:TieredStopAtLevel=1", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", System.getProperty("java.class.path"), ChildMigrator.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** Reads the child's output until a line starts with {@code prefix}; returns it (null at the end). */
    static String awaitLine(Process p, String prefix, StringBuilder seen) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = out.readLine()) != null; ) {
            seen.append(line).append('\n');
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        return null;
    }

    /** Waits for the child to end and returns its whole output. */
    static String finish(Process p, StringBuilder seen) throws Exception {
        awaitLine(p, "\u0000", seen);
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the child did not end:\n" + seen);
        }
        return seen.toString();
    }

    /**
     * Writes {@code count} linear revisions {@code 52000001...}; the first creates {@code applied}, each writes its id
     * into it, so a revision run twice shows as a duplicate row.
     */
    static Path linearRevisions(Path dir, int count) throws IOException {
        for (int i = 1; i <= count; i++) {
            String id = String.format("52%06d", i);
            String down = i == 1 ? "" : String.format("52%06d", i - 1);
            String create = i == 1 ? "CREATE TABLE applied (revision VARCHAR(32) NOT NULL);\n" : "";
            Files.writeString(dir.resolve(id + "_step.sql"), "-- revision: " + id + "\n-- down_revision: " + down
                    + "\n-- message: step " + i + "\n\n-- retort:upgrade\n" + create
                    + "INSERT INTO applied (revision) VALUES ('" + id + "');\n\n-- retort:downgrade\n"
                    + "DELETE FROM applied WHERE revision = '" + id + "';\n");
        }
        return dir;
    }

    /** Revisions {@code 51000001} (creates {@code applied}) and {@code 51000003}; the Java revision 02 sits between. */
    static Path killRevisions(Path dir) throws IOException {
        Files.writeString(dir.resolve("51000001_table.sql"), "-- revision: 51000001\n-- down_revision:\n"
                + "-- message: table\n\n-- retort:upgrade\nCREATE TABLE applied (revision VARCHAR(32) NOT NULL);\n"
                + "INSERT INTO applied (revision) VALUES ('51000001');\n\n-- retort:downgrade\nDROP TABLE applied;\n");
        Files.writeString(dir.resolve("51000003_after.sql"), "-- revision: 51000003\n-- down_revision: 51000002\n"
                + "-- message: after\n\n-- retort:upgrade\nINSERT INTO applied (revision) VALUES ('51000003');\n\n"
                + "-- retort:downgrade\nDELETE FROM applied WHERE revision = '51000003';\n");
        return dir;
    }
}
