package dev.retort.script;

import dev.retort.ConfigurationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The revision index of a {@code classpath:} location, written at build time into
 * {@code META-INF/retort/<location path>.index} beside the files: each file's name and size with its header and
 * checksum. A start that finds the same names and sizes (and, in a directory, no file newer than the index) builds
 * the graph from it without reading or hashing the files; otherwise it reads them as if there were no index.
 */
public final class RevisionIndex {

    /** The first line of every index; another first line is refused. */
    public static final String FORMAT = "# retort revision index 1";

    private static final int FIELDS = 11;
    private static final String NULL = "\\N";

    private RevisionIndex() {
    }

    /**
     * One revision file as the index records it.
     *
     * @param name the path relative to the location, {@code /}-separated
     * @param size the file's size in bytes
     * @param createDate null when the header has no {@code create_date}
     * @param reversible whether it has a downgrade section
     */
    public record Entry(String name, long size, String id, List<String> downRevisions, List<String> branchLabels,
            List<String> dependsOn, String message, String createDate, boolean transactional, boolean reversible,
            String checksum) {

        /** Copies the lists. */
        public Entry {
            downRevisions = List.copyOf(downRevisions);
            branchLabels = List.copyOf(branchLabels);
            dependsOn = List.copyOf(dependsOn);
        }

        static Entry of(String name, long size, RevisionScript s) {
            return new Entry(name, size, s.id(), s.downRevisions(), s.branchLabels(), s.dependsOn(), s.message(),
                    s.createDate(), s.transactional(), s.reversible(), s.checksum());
        }
    }

    /** {@return where the index of a classpath location's path lives, relative to its class path root} */
    public static String resourceName(String locationPath) {
        return "META-INF/retort/" + locationPath + ".index";
    }

    /**
     * Indexes the revision files of a {@code classpath:} location found under a class path directory (a build's
     * {@code target/classes}) and writes the index there.
     *
     * @param classesDirectory the class path root the resources were copied to
     * @param location a {@code classpath:} location
     * @return the index file written, or null when the location has no directory there (nothing to index)
     * @throws IOException when a file cannot be read or the index written
     */
    public static Path write(Path classesDirectory, String location) throws IOException {
        if (location.startsWith(LocationScanner.FILESYSTEM)) {
            throw new ConfigurationException("cannot index " + location + ": only classpath: locations are indexed");
        }
        String path = LocationScanner.classpathPath(location);
        if (path.isEmpty()) {
            throw new ConfigurationException("cannot index " + location + ": name a directory of the class path");
        }
        Path dir = classesDirectory.resolve(path);
        if (!Files.isDirectory(dir)) {
            return null;
        }
        SqlRevisionParser parser = new SqlRevisionParser(SqlFlavor.STANDARD, Map.of());
        List<Entry> entries = new ArrayList<>();
        for (LocationScanner.FoundFile file : LocationScanner.listDirectory(dir).values()) {
            String name = LocationScanner.CLASSPATH + path + "/" + file.name();
            byte[] bytes = Files.readAllBytes(file.path());
            entries.add(Entry.of(file.name(), bytes.length, parser.parse(name, ScriptText.decode(name, bytes))));
        }
        Path index = classesDirectory.resolve(resourceName(path));
        Files.createDirectories(index.getParent());
        Files.writeString(index, text(entries), StandardCharsets.UTF_8);
        return index;
    }

    /** {@return the index's text: the format line, then one line per entry, tab-separated, escaped} */
    public static String text(List<Entry> entries) {
        StringBuilder out = new StringBuilder(FORMAT).append('\n');
        for (Entry e : entries) {
            field(out, e.name());
            out.append('\t').append(e.size());
            out.append('\t');
            field(out, e.checksum());
            out.append('\t');
            field(out, e.id());
            out.append('\t');
            field(out, String.join(",", e.downRevisions()));
            out.append('\t');
            field(out, String.join(",", e.branchLabels()));
            out.append('\t');
            field(out, String.join(",", e.dependsOn()));
            out.append('\t').append(e.transactional()).append('\t').append(e.reversible()).append('\t');
            field(out, e.message());
            out.append('\t');
            if (e.createDate() == null) {
                out.append(NULL);
            } else {
                field(out, e.createDate());
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static void field(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }

    /**
     * {@return the entries by name} Throws {@link ConfigurationException} naming the index and the line when it is
     * not an index this version wrote (a corrupt or foreign file must not be trusted, nor silently ignored).
     *
     * @param source the index, for messages
     * @param text its content
     */
    public static Map<String, Entry> parse(String source, String text) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        int pos = 0;
        int lineNo = 0;
        int n = text.length();
        while (pos < n) {
            int eol = text.indexOf('\n', pos);
            if (eol < 0) {
                eol = n;
            }
            lineNo++;
            String line = text.substring(pos, eol);
            pos = eol + 1;
            if (lineNo == 1) {
                if (!line.equals(FORMAT)) {
                    throw corrupt(source, 1, "the first line is not '" + FORMAT + "'");
                }
                continue;
            }
            String[] f = split(line);
            if (f == null) {
                throw corrupt(source, lineNo, "expected " + FIELDS + " tab-separated fields");
            }
            long size;
            try {
                size = Long.parseLong(f[1]);
            } catch (NumberFormatException e) {
                throw corrupt(source, lineNo, "the size '" + f[1] + "' is not a number");
            }
            Boolean transactional = bool(f[7]);
            Boolean reversible = bool(f[8]);
            if (size < 0 || transactional == null || reversible == null || f[0].isEmpty() || f[3].isEmpty()
                    || !f[2].startsWith(Checksums.VERSION_PREFIX)) {
                throw corrupt(source, lineNo, "a field is out of range");
            }
            Entry entry = new Entry(f[0], size, f[3], SqlRevisionParser.list(f[4]), SqlRevisionParser.list(f[5]),
                    SqlRevisionParser.list(f[6]), f[9], NULL.equals(f[10]) ? null : f[10], transactional, reversible,
                    f[2]);
            if (entries.put(entry.name(), entry) != null) {
                throw corrupt(source, lineNo, "the file " + entry.name() + " is listed twice");
            }
        }
        if (lineNo == 0) {
            throw corrupt(source, 1, "the index is empty");
        }
        return entries;
    }

    private static Boolean bool(String value) {
        return "true".equals(value) ? Boolean.TRUE : "false".equals(value) ? Boolean.FALSE : null;
    }

    /** Splits one line into its fields, unescaped; null when the count is wrong or an escape is unknown. */
    private static String[] split(String line) {
        String[] out = new String[FIELDS];
        int start = 0;
        for (int field = 0; field < FIELDS; field++) {
            int tab = line.indexOf('\t', start);
            if (tab < 0 != (field == FIELDS - 1)) {
                return null; // too few fields, or a tab after the last one
            }
            String raw = line.substring(start, tab < 0 ? line.length() : tab);
            String value = field == 10 && raw.equals(NULL) ? raw : unescape(raw);
            if (value == null) {
                return null;
            }
            out[field] = value;
            start = tab + 1;
        }
        return out;
    }

    private static String unescape(String raw) {
        if (raw.indexOf('\\') < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i == raw.length()) {
                return null;
            }
            switch (raw.charAt(i)) {
                case '\\' -> out.append('\\');
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                default -> {
                    return null;
                }
            }
        }
        return out.toString();
    }

    private static ConfigurationException corrupt(String source, int line, String problem) {
        return new ConfigurationException("The revision index " + source + " is corrupt at line " + line + ": "
                + problem + ". Rebuild it (mvn process-classes runs retort:index) or delete it; Retort then reads "
                + "the revision files themselves");
    }
}
