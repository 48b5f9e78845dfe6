package dev.retort.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The fixtures made from Python Alembic 1.8.1 (see {@code src/test/resources/alembic-1.8/README.md}) and the
 * normalizations that let Retort's output be compared with them: file paths, the order of branch labels (a set in
 * Alembic), and for offline SQL the way each tool spells the same statement.
 */
final class AlembicGolden {

    static final Path DIR = Path.of("src/test/resources/alembic-1.8");

    private static final Pattern PARENTHESIZED_LIST = Pattern.compile("\\(([^()]*, [^()]*)\\)");
    private static final Pattern SET_LINES = Pattern.compile("(?m)^(Branch names|Branches into): (.*)$");
    private static final Pattern PATH = Pattern.compile("(?m)^Path: .*/([^/]+)\\.(py|sql)$");
    private static final Pattern CURRENT_FOR = Pattern.compile("(?m)^Current revision\\(s\\) for .*:$");

    private static final Pattern CHUNK_BREAK = Pattern.compile("\\n[ \\t]*\\n");
    private static final Pattern CREATE_VERSION = Pattern.compile(
            "(?is)CREATE TABLE (\\S+) \\(\\s*version_num VARCHAR\\(32\\) NOT NULL,\\s*CONSTRAINT \\S+ PRIMARY KEY "
                    + "\\(version_num\\)\\s*\\)(?: ENGINE=\\w+)?;");
    private static final Pattern INSERT = Pattern.compile(
            "(?i)INSERT INTO \\S+ \\(version_num\\) VALUES \\('([^']*)'\\)(?: RETURNING \\S+)?;");
    private static final Pattern UPDATE = Pattern.compile(
            "(?i)UPDATE \\S+ SET version_num ?= ?'([^']*)' WHERE (?:\\S+\\.)?version_num = '([^']*)';");
    private static final Pattern DELETE = Pattern.compile("(?i)DELETE FROM \\S+ WHERE (?:\\S+\\.)?version_num = '([^']*)';");
    private static final Pattern DROP = Pattern.compile("(?i)DROP TABLE (\\S+);");

    private AlembicGolden() {
    }

    /** A project directory holding the fixture's revisions as Retort SQL files in {@code db/revisions}. */
    static void copyRevisions(Path project) throws IOException {
        Path target = Files.createDirectories(project.resolve("db/revisions"));
        try (Stream<Path> files = Files.list(DIR.resolve("revisions"))) {
            for (Path f : files.toList()) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
    }

    /** {@code out/<name>.<extension>}, or null when Alembic wrote no such file. */
    static String read(String name, String extension) {
        Path file = DIR.resolve("out").resolve(name + "." + extension);
        try {
            return Files.exists(file) ? Files.readString(file) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Output text with paths reduced to the file's stem, and label and child lists sorted (Alembic keeps them in
     * sets, so their order depends on Python's hashing).
     */
    static String normalize(String text) {
        String out = PATH.matcher(text).replaceAll("Path: {versions}/$1");
        out = CURRENT_FOR.matcher(out).replaceAll("Current revision(s) for {url}:");
        out = SET_LINES.matcher(out).replaceAll(m -> m.group(1) + ": " + sorted(m.group(2)));
        return PARENTHESIZED_LIST.matcher(out).replaceAll(m -> "(" + sorted(m.group(1)) + ")");
    }

    /** The lines of {@link #normalize}d text, sorted: for output whose order is a set's in Alembic. */
    static List<String> sortedLines(String text) {
        return normalize(text).lines().sorted().toList();
    }

    /** The revision of the last event when it starts with {@code kind}, else null. */
    private static String previous(List<String> events, String kind) {
        String last = events.isEmpty() ? "" : events.get(events.size() - 1);
        return last.startsWith(kind) ? last.substring(kind.length()) : null;
    }

    private static String sorted(String list) {
        String[] items = list.split(", ");
        Arrays.sort(items);
        return Matcher.quoteReplacement(String.join(", ", items));
    }

    /**
     * An offline SQL script as the sequence of what it does: {@code BEGIN}, {@code COMMIT}, the step markers, the
     * revisions' statements verbatim, and the version-table statements by meaning ({@code INSERT a},
     * {@code UPDATE a -> b}, {@code DELETE a}, {@code CREATE VERSION TABLE}, {@code DROP VERSION TABLE}), since
     * SQLAlchemy and Retort spell those differently. Where a step replaces two rows by one ({@code DELETE a},
     * {@code UPDATE b -> c}) or one by two ({@code INSERT a}, {@code UPDATE b -> c}) the pair becomes
     * {@code REPLACE a, b -> c} or {@code REPLACE b -> a, c}: which row Alembic deletes or updates depends on the
     * order of a Python set, and the rows after the step are the same either way.
     */
    static List<String> events(String script) {
        List<String> out = new ArrayList<>();
        for (String chunk : CHUNK_BREAK.split(script.replace("\r\n", "\n"))) {
            String s = chunk.strip();
            Matcher m;
            if (s.isEmpty()) {
                continue;
            } else if ((m = CREATE_VERSION.matcher(s)).matches()) {
                out.add("CREATE VERSION TABLE " + m.group(1));
            } else if ((m = INSERT.matcher(s)).matches()) {
                out.add("INSERT " + m.group(1));
            } else if ((m = UPDATE.matcher(s)).matches() && previous(out, "DELETE ") != null) {
                out.add("REPLACE " + sorted(previous(out, "DELETE ") + ", " + m.group(2)) + " -> " + m.group(1));
                out.remove(out.size() - 2);
            } else if ((m = UPDATE.matcher(s)).matches() && previous(out, "INSERT ") != null) {
                out.add("REPLACE " + m.group(2) + " -> " + sorted(previous(out, "INSERT ") + ", " + m.group(1)));
                out.remove(out.size() - 2);
            } else if ((m = UPDATE.matcher(s)).matches()) {
                out.add("UPDATE " + m.group(2) + " -> " + m.group(1));
            } else if ((m = DELETE.matcher(s)).matches()) {
                out.add("DELETE " + m.group(1));
            } else if ((m = DROP.matcher(s)).matches() && m.group(1).equals("alembic_version")) {
                out.add("DROP VERSION TABLE " + m.group(1));
            } else {
                out.add(s);
            }
        }
        return out;
    }
}
