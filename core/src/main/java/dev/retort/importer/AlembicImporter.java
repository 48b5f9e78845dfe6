package dev.retort.importer;

import dev.retort.script.RevisionFile;
import dev.retort.script.RevisionIds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Converts an Alembic project into SQL revisions with the same ids, so a database's {@code alembic_version} rows
 * need no change. The graph (ids, parents, branch labels, {@code depends_on}) and each revision's message and
 * create date come from the headers of the revision files; the SQL of each revision is cut out of Alembic's offline
 * output ({@code alembic upgrade heads --sql}, and for the downgrade sections {@code alembic downgrade heads:base
 * --sql}) at its {@code -- Running upgrade a -> b} marker, without Alembic's transaction and version-table statements.
 */
public final class AlembicImporter {

    private static final Pattern ASSIGNMENT = Pattern.compile(
            "(?m)^(revision|down_revision|branch_labels|depends_on)\\s*(?::[^=\\n]*)?=[ \\t]*");
    private static final Pattern MARKER = Pattern.compile("(?m)^-- Running (\\w+) (.*?) -> (.*?)[ \\t]*$");
    private static final Pattern CHUNK_BREAK = Pattern.compile("\\n[ \\t]*\\n");
    private static final Pattern LEADING_BLANK_LINES = Pattern.compile("^(?:[ \\t]*\\n)+");
    private static final Pattern CREATE_DATE = Pattern.compile("(?m)^\\s*Create Date:\\s*(.*?)\\s*$");
    private static final List<Pattern> VERSION_STATEMENTS = List.of(
            Pattern.compile("(?is)INSERT INTO (\\S+) \\(version_num\\) VALUES \\('[^']*'\\)(?: RETURNING \\S+)?;"),
            Pattern.compile("(?is)UPDATE (\\S+) SET version_num\\s*=\\s*'[^']*' WHERE (?:\\S+\\.)?version_num\\s*=\\s*'[^']*';"),
            Pattern.compile("(?is)DELETE FROM (\\S+) WHERE (?:\\S+\\.)?version_num\\s*=\\s*'[^']*';"),
            Pattern.compile("(?is)CREATE TABLE (\\S+) \\(\\s*version_num VARCHAR\\(\\d+\\) NOT NULL,\\s*"
                    + "CONSTRAINT \\S+ PRIMARY KEY \\(version_num\\)\\s*\\);"));
    private static final Pattern DROP_TABLE = Pattern.compile("(?is)DROP TABLE (\\S+);");

    private AlembicImporter() {
    }

    /** A revision as its Alembic file declares it. */
    private record Declared(String id, List<String> down, List<String> labels, List<String> dependsOn, String message,
            String createDate, Path file) {
    }

    /**
     * @param versionsDir Alembic's {@code versions} directory
     * @param upgradeSql the output of {@code alembic upgrade heads --sql} (from base over every revision)
     * @param upgradeName where {@code upgradeSql} came from, for messages
     * @param downgradeSql the output of {@code alembic downgrade heads:base --sql}, or null: every revision is then
     *     irreversible
     */
    public static Conversion read(Path versionsDir, String upgradeSql, String upgradeName, String downgradeSql,
            String downgradeName) {
        Map<String, Declared> declared = declarations(versionsDir);
        List<String> notes = new ArrayList<>();
        Map<String, String> upgrades = cut(upgradeSql, "upgrade", upgradeName, declared.keySet(), notes);
        List<String> missing = declared.keySet().stream().filter(id -> !upgrades.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            throw new ImportException(upgradeName + " has no '-- Running upgrade ... -> <revision>' section for "
                    + describe(missing, declared) + "; write it from base over every head with "
                    + "'alembic upgrade heads --sql > upgrade.sql'");
        }
        Map<String, String> downgrades = downgradeSql == null ? Map.of()
                : cut(downgradeSql, "downgrade", downgradeName, declared.keySet(), notes);
        List<String> irreversible = declared.keySet().stream().filter(id -> !downgrades.containsKey(id)).toList();
        if (downgradeSql == null) {
            notes.add("No --downgrade-sql given: every revision was written irreversible (-- retort:irreversible). "
                    + "Give the output of 'alembic downgrade heads:base --sql' to import the downgrades");
        } else if (!irreversible.isEmpty()) {
            notes.add(downgradeName + " has no '-- Running downgrade <revision> -> ...' section for "
                    + describe(irreversible, declared) + ": written irreversible (-- retort:irreversible)");
        }
        List<RevisionFile> revisions = new ArrayList<>();
        for (String id : upgrades.keySet()) {
            Declared d = declared.get(id);
            revisions.add(new RevisionFile(id, d.down(), d.labels(), d.dependsOn(), d.message(), d.createDate(), true,
                    upgrades.get(id), downgrades.get(id)));
        }
        return new Conversion(revisions, notes);
    }

    private static String describe(List<String> ids, Map<String, Declared> declared) {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            out.add(id + " (" + declared.get(id).file().getFileName() + ")");
        }
        return String.join(", ", out);
    }

    // ---------------------------------------------------------------- revision files

    private static Map<String, Declared> declarations(Path versionsDir) {
        if (!Files.isDirectory(versionsDir)) {
            throw new ImportException("Alembic versions directory " + versionsDir + " does not exist; give the "
                    + "directory holding the revision files (e.g. alembic/versions)");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(versionsDir)) {
            files = walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".py"))
                    .filter(p -> !p.toString().contains("__pycache__"))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new ImportException("Cannot list " + versionsDir + ": " + e.getMessage(), e);
        }
        Map<String, Declared> out = new LinkedHashMap<>();
        for (Path file : files) {
            Declared d = declaration(file);
            if (d == null) {
                continue;
            }
            Declared twice = out.put(d.id(), d);
            if (twice != null) {
                throw new ImportException("Revision " + d.id() + " is declared twice: " + twice.file() + " and " + file);
            }
        }
        if (out.isEmpty()) {
            throw new ImportException("No Alembic revision files (with a 'revision = ...' line) in " + versionsDir);
        }
        return out;
    }

    private static Declared declaration(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new ImportException("Cannot read " + file + " (it must be UTF-8): " + e.getMessage(), e);
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        Matcher m = ASSIGNMENT.matcher(text);
        while (m.find()) {
            PythonLiteral literal = new PythonLiteral(text, m.end(), file, m.group(1));
            values.putIfAbsent(m.group(1), literal.strings());
        }
        List<String> revision = values.get("revision");
        if (revision == null) {
            return null; // a helper module, not a revision
        }
        if (revision.size() != 1) {
            throw new ImportException(file + ": 'revision' must be one string");
        }
        String id = revision.get(0);
        RevisionIds.check(id, file.toString());
        String doc = docstring(text);
        String message = doc.split("\\n[ \\t]*\\n", 2)[0].replaceAll("\\s*\\n\\s*", " ").strip();
        Matcher date = CREATE_DATE.matcher(doc);
        return new Declared(id, values.getOrDefault("down_revision", List.of()),
                values.getOrDefault("branch_labels", List.of()), values.getOrDefault("depends_on", List.of()), message,
                date.find() ? date.group(1) : null, file);
    }

    /** The module docstring (Alembic's message and header), or empty. */
    private static String docstring(String text) {
        int i = 0;
        while (i < text.length()) {
            int end = text.indexOf('\n', i);
            String line = text.substring(i, end < 0 ? text.length() : end).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                break;
            }
            i = end < 0 ? text.length() : end + 1;
        }
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i < text.length() && "rRuU".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        for (String quote : List.of("\"\"\"", "'''")) {
            if (text.startsWith(quote, i)) {
                int close = text.indexOf(quote, i + 3);
                return close < 0 ? "" : text.substring(i + 3, close).strip();
            }
        }
        return "";
    }

    // ---------------------------------------------------------------- offline SQL

    /**
     * The SQL of each revision in Alembic's offline output, in the order the script runs them, keyed by revision:
     * the target of an upgrade step, the source of a downgrade step.
     */
    private static Map<String, String> cut(String sql, String operation, String source, Set<String> known,
            List<String> notes) {
        String text = sql.replace("\r\n", "\n");
        Set<String> versionTables = versionTables(text);
        Matcher m = MARKER.matcher(text);
        Map<String, String> out = new LinkedHashMap<>();
        int previousEnd = -1;
        String previous = null;
        while (m.find()) {
            if (!m.group(1).equals(operation)) {
                throw new ImportException(source + " holds '-- Running " + m.group(1) + "' steps; it must be the output "
                        + "of " + command(operation));
            }
            String side = operation.equals("upgrade") ? m.group(3) : m.group(2);
            String id = side.split(",")[0].strip();
            if (!known.contains(id)) {
                throw new ImportException(source + " runs " + operation + " of revision '" + id + "' (line "
                        + line(text, m.start()) + "), which no file in the versions directory declares");
            }
            if (out.containsKey(id)) {
                throw new ImportException(source + " runs the " + operation + " of " + id + " twice (line "
                        + line(text, m.start()) + "); give the output of one " + command(operation));
            }
            if (previous == null) {
                String preamble = clean(text.substring(0, m.start()), versionTables);
                if (!preamble.isEmpty()) {
                    notes.add(source + ": the SQL before the first '-- Running' marker belongs to no revision and was "
                            + "left out: " + preamble.lines().findFirst().orElse(""));
                }
            } else {
                out.put(previous, clean(text.substring(previousEnd, m.start()), versionTables));
            }
            previous = id;
            previousEnd = m.end();
        }
        if (previous == null) {
            throw new ImportException(source + " has no '-- Running " + operation + " ...' markers; give the output of "
                    + command(operation));
        }
        out.put(previous, clean(text.substring(previousEnd), versionTables));
        return out;
    }

    private static String command(String operation) {
        return operation.equals("upgrade") ? "'alembic upgrade heads --sql'" : "'alembic downgrade heads:base --sql'";
    }

    private static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The names of the version table that Alembic's statements write to (alembic_version unless configured). */
    private static Set<String> versionTables(String text) {
        Set<String> names = new HashSet<>();
        for (String chunk : CHUNK_BREAK.split(text)) {
            for (Pattern p : VERSION_STATEMENTS) {
                Matcher m = p.matcher(chunk.strip());
                if (m.matches()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    /** A step's text without Alembic's BEGIN/COMMIT and version-table statements; statements stay as written. */
    private static String clean(String step, Set<String> versionTables) {
        List<String> kept = new ArrayList<>();
        for (String chunk : CHUNK_BREAK.split(step)) {
            String statement = chunk.strip();
            if (statement.isEmpty() || statement.equalsIgnoreCase("BEGIN;") || statement.equalsIgnoreCase("COMMIT;")
                    || isVersionStatement(statement, versionTables)) {
                continue;
            }
            kept.add(LEADING_BLANK_LINES.matcher(chunk).replaceFirst("").stripTrailing()); // keeps indentation
        }
        return String.join("\n\n", kept);
    }

    private static boolean isVersionStatement(String statement, Set<String> versionTables) {
        for (Pattern p : VERSION_STATEMENTS) {
            if (p.matcher(statement).matches()) {
                return true;
            }
        }
        Matcher drop = DROP_TABLE.matcher(statement);
        return drop.matches() && versionTables.contains(drop.group(1));
    }
}
