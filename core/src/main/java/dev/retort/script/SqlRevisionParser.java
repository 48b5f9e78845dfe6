package dev.retort.script;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses one SQL revision file: the Alembic-style header, the section markers and the statements. */
public final class SqlRevisionParser {

    /** The header keys; a key's index here is where {@link #parse} keeps its value. */
    private static final String[] KEYS = {
        "revision", "down_revision", "branch_labels", "depends_on", "message", "create_date", "transactional"};

    /** The header and marker grammar as regexes: the hand scans' fallback for unusual lines, compiled on first use. */
    private static final class Regexes {
        static final Pattern HEADER_LINE = Pattern.compile("^--\\s*([A-Za-z_]+)\\s*:(.*)$");
        static final Pattern MARKER = Pattern.compile("^--\\s*retort:\\s*(.*?)\\s*$", Pattern.CASE_INSENSITIVE);
    }
    private static final String MARKER_PREFIX = "retort:";

    private final Supplier<SqlFlavor> flavor;
    private final Placeholders placeholders;

    /**
     * @param flavor how the SQL is lexed
     * @param placeholders values of {@code ${name}} placeholders
     */
    public SqlRevisionParser(SqlFlavor flavor, Map<String, String> placeholders) {
        this(() -> flavor, Placeholders.of(placeholders));
    }

    /** With the flavor asked for only when a section is first split: the dialect may not be known at load. */
    public SqlRevisionParser(Supplier<SqlFlavor> flavor, Map<String, String> placeholders) {
        this(flavor, Placeholders.of(placeholders));
    }

    /**
     * @param flavor asked for when a section is first split
     * @param placeholders the placeholder values and whether replacement is on
     */
    public SqlRevisionParser(Supplier<SqlFlavor> flavor, Placeholders placeholders) {
        this.flavor = flavor;
        this.placeholders = placeholders;
    }

    /** One section of the file: a range of its text, or (with a split-off marker inside) its own text. */
    private static final class Section {
        final int line;
        final int start;
        int end;
        StringBuilder blanked; // the text with split-off marker lines blanked, only when there is one
        boolean splitOff;

        Section(int line, int start) {
            this.line = line;
            this.start = start;
            this.end = start;
        }
    }

    /**
     * {@return the revision} Throws {@link ScriptException} naming the file and line of a malformed header or section.
     * The sections stay ranges of {@code content}: a large data script is neither copied nor split up front.
     *
     * @param source the file name, for messages
     * @param content the file's text
     */
    public RevisionScript parse(String source, String content) {
        String text = content;
        int pos = text.isEmpty() || text.charAt(0) != '\uFEFF' ? 0 : 1;
        if (text.indexOf('\r') >= 0) {
            text = text.substring(pos).replace("\r\n", "\n").replace('\r', '\n');
            pos = 0;
        }
        int n = text.length();

        // the values and line numbers of the header keys, by their index in KEYS: no map per file
        String[] header = new String[KEYS.length];
        int[] headerLines = new int[KEYS.length];
        int lineNo = 0;
        for (; pos <= n; lineNo++) {
            int eol = lineEnd(text, pos);
            // the line's stripped bounds, found by hand: no substring or regex for the usual header line
            int from = pos;
            int to = eol;
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            if (from < to) {
                if (!text.startsWith("--", from)
                        || isMarkerCandidate(text, from, to) && markerName(text.substring(from, to)) != null) {
                    break;
                }
                String[] keyValue = headerLine(text, from, to);
                if (keyValue != null) {
                    String key = keyValue[0].toLowerCase(Locale.ROOT);
                    int k = keyIndex(key);
                    if (k < 0) {
                        throw new ScriptException(source, lineNo + 1, "malformed header: unknown key '" + key
                                + "'; known keys are " + String.join(", ", Arrays.stream(KEYS).sorted().toList()));
                    }
                    if (header[k] != null) {
                        throw new ScriptException(source, lineNo + 1, "malformed header: key '" + key
                                + "' appears twice");
                    }
                    header[k] = keyValue[1].strip();
                    headerLines[k] = lineNo + 1;
                }
            }
            pos = eol + 1;
        }

        String id = header[REVISION];
        if (id == null || id.isEmpty()) {
            throw new ScriptException(source, 1, "missing '-- revision: <id>' header line");
        }
        RevisionIds.check(id, source);
        List<String> downRevisions = list(header[DOWN_REVISION]);
        List<String> dependsOn = list(header[DEPENDS_ON]);
        List<String> branchLabels = list(header[BRANCH_LABELS]);
        checkListedOnce(downRevisions, DOWN_REVISION, headerLines, source);
        checkListedOnce(dependsOn, DEPENDS_ON, headerLines, source);
        checkListedOnce(branchLabels, BRANCH_LABELS, headerLines, source);
        boolean transactional = header[TRANSACTIONAL] == null
                || parseBoolean(header[TRANSACTIONAL], source, headerLines[TRANSACTIONAL]);

        // Sections: everything after the header is split by marker lines.
        Section upgrade = null;
        Section downgrade = null;
        Section current = null;
        boolean irreversible = false;
        for (; pos <= n; lineNo++) {
            int eol = lineEnd(text, pos);
            int next = eol + 1;
            if (isMarkerCandidate(text, pos, eol)) {
                String stripped = text.substring(pos, eol).strip();
                String written = markerName(stripped);
                if (written != null) {
                    String name = collapseWhitespace(written.toLowerCase(Locale.ROOT));
                    switch (name) {
                        case "upgrade" -> {
                            if (upgrade != null) {
                                throw new ScriptException(source, lineNo + 1, "second '-- retort:upgrade' marker");
                            }
                            upgrade = new Section(lineNo + 2, Math.min(next, n));
                            current = upgrade;
                        }
                        case "downgrade" -> {
                            if (upgrade == null) {
                                throw new ScriptException(source, lineNo + 1,
                                        "'-- retort:downgrade' before '-- retort:upgrade': put the upgrade section first");
                            }
                            if (downgrade != null || irreversible) {
                                throw new ScriptException(source, lineNo + 1, "second downgrade/irreversible marker");
                            }
                            downgrade = new Section(lineNo + 2, Math.min(next, n));
                            current = downgrade;
                        }
                        case "irreversible" -> {
                            if (downgrade != null) {
                                throw new ScriptException(source, lineNo + 1,
                                        "'-- retort:irreversible' and '-- retort:downgrade' in one file: keep one");
                            }
                            irreversible = true;
                            current = null;
                        }
                        case "split off" -> {
                            if (current == null) {
                                throw new ScriptException(source, lineNo + 1,
                                        "'-- retort:split off' must be inside an upgrade or downgrade section");
                            }
                            // the section goes on after the marker, which counts as an empty line
                            if (current.blanked == null) {
                                current.blanked = new StringBuilder(text.substring(current.start, pos));
                            }
                            current.blanked.append('\n');
                            current.splitOff = true;
                            current.end = Math.min(next, n);
                            pos = next;
                            continue;
                        }
                        default -> throw new ScriptException(source, lineNo + 1, "unknown marker '-- retort:"
                                + written + "'; use upgrade, downgrade, irreversible or split off");
                    }
                    pos = next;
                    continue;
                }
            }
            if (current != null) {
                if (current.blanked != null) {
                    current.blanked.append(text, pos, Math.min(next, n));
                }
                current.end = Math.min(next, n);
            } else if (upgrade == null && !isBlankOrComment(text, pos, eol)) {
                throw new ScriptException(source, lineNo + 1,
                        "SQL before the '-- retort:upgrade' marker: start the upgrade section with '-- retort:upgrade'");
            }
            pos = next;
        }
        if (upgrade == null) {
            throw new ScriptException(source, 0, "no '-- retort:upgrade' marker: every revision needs an upgrade section");
        }
        String checksum = Checksums.ofSections(range(text, upgrade), downgrade == null ? null : range(text, downgrade));
        RevisionBody up = body(text, upgrade, source);
        RevisionBody down = downgrade == null ? null : body(text, downgrade, source);
        return new RevisionScript(id, downRevisions, branchLabels, dependsOn,
                header[MESSAGE] == null ? "" : header[MESSAGE], header[CREATE_DATE], transactional, up, down, checksum,
                source);
    }

    private static final int REVISION = 0;
    private static final int DOWN_REVISION = 1;
    private static final int BRANCH_LABELS = 2;
    private static final int DEPENDS_ON = 3;
    private static final int MESSAGE = 4;
    private static final int CREATE_DATE = 5;
    private static final int TRANSACTIONAL = 6;

    /** {@return the index of a lower-case header key in KEYS, or -1 for an unknown key} */
    private static int keyIndex(String key) {
        return switch (key) {
            case "revision" -> REVISION;
            case "down_revision" -> DOWN_REVISION;
            case "branch_labels" -> BRANCH_LABELS;
            case "depends_on" -> DEPENDS_ON;
            case "message" -> MESSAGE;
            case "create_date" -> CREATE_DATE;
            case "transactional" -> TRANSACTIONAL;
            default -> -1;
        };
    }

    /** Refuses a header list that names one value twice. */
    private static void checkListedOnce(List<String> values, int key, int[] headerLines, String source) {
        if (values.size() < 2) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (String value : values) {
            if (!seen.add(value)) {
                throw new ScriptException(source, headerLines[key], "malformed header: " + KEYS[key] + " lists '"
                        + value + "' twice; name each revision once");
            }
        }
    }

    /**
     * {@return the key and the unstripped value of a header line, or null for another comment} What
     * {@code HEADER_LINE} matches on the stripped line {@code text[from, to)}, scanned by hand; a value holding a
     * character the regex's {@code .} or {@code $} treat as a line terminator goes to the regex, so the result
     * is the regex's in every case.
     */
    static String[] headerLine(String text, int from, int to) {
        int i = from + 2;
        while (i < to && isRegexWhitespace(text.charAt(i))) {
            i++;
        }
        int keyStart = i;
        while (i < to && isKeyChar(text.charAt(i))) {
            i++;
        }
        int keyEnd = i;
        while (i < to && isRegexWhitespace(text.charAt(i))) {
            i++;
        }
        if (keyEnd == keyStart || i == to || text.charAt(i) != ':') {
            return null;
        }
        for (int j = i + 1; j < to; j++) {
            char c = text.charAt(j);
            if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
                Matcher m = Regexes.HEADER_LINE.matcher(text.substring(from, to));
                return m.matches() ? new String[] {m.group(1), m.group(2)} : null;
            }
        }
        return new String[] {text.substring(keyStart, keyEnd), text.substring(i + 1, to)};
    }

    /**
     * {@return what {@code MARKER} captures on a stripped line (the marker's name as written), or null when it does
     * not match} Scanned by hand on an ASCII line; a line with other characters goes to the regex, whose case
     * folding and line terminators then decide.
     */
    static String markerName(String stripped) {
        int n = stripped.length();
        for (int i = 0; i < n; i++) {
            if (stripped.charAt(i) >= 0x80) {
                Matcher m = Regexes.MARKER.matcher(stripped);
                return m.matches() ? m.group(1) : null;
            }
        }
        if (!stripped.startsWith("--")) {
            return null;
        }
        int i = 2;
        while (i < n && isRegexWhitespace(stripped.charAt(i))) {
            i++;
        }
        if (!stripped.regionMatches(true, i, MARKER_PREFIX, 0, MARKER_PREFIX.length())) {
            return null;
        }
        i += MARKER_PREFIX.length();
        while (i < n && isRegexWhitespace(stripped.charAt(i))) {
            i++;
        }
        int end = n;
        while (end > i && isRegexWhitespace(stripped.charAt(end - 1))) {
            end--;
        }
        return stripped.substring(i, end);
    }

    /** What {@code s.replaceAll("\\s+", " ")} gives: each run of regex whitespace as one space. */
    static String collapseWhitespace(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isRegexWhitespace(c)) {
                if (out == null) {
                    out = new StringBuilder(s.length()).append(s, 0, i);
                }
                out.append(' ');
                while (i + 1 < s.length() && isRegexWhitespace(s.charAt(i + 1))) {
                    i++;
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    private static boolean isKeyChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    private static int lineEnd(String text, int from) {
        int eol = text.indexOf('\n', from);
        return eol < 0 ? text.length() : eol;
    }

    /** A line whose first non-blank characters are {@code --}, optional whitespace and {@code retort:}. */
    private static boolean isMarkerCandidate(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i + 1 >= to || text.charAt(i) != '-' || text.charAt(i + 1) != '-') {
            return false;
        }
        i += 2;
        while (i < to && isRegexWhitespace(text.charAt(i))) {
            i++;
        }
        return text.regionMatches(true, i, MARKER_PREFIX, 0, MARKER_PREFIX.length());
    }

    private static boolean isBlankOrComment(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i == to || text.startsWith("--", i);
    }

    /** The section's text as the checksum reads it. */
    private static CharSequence range(String text, Section s) {
        return s.blanked != null ? s.blanked : new Range(text, s.start, s.end);
    }

    /** A read-only view of part of a string, so the checksum does not copy a large section. */
    record Range(String text, int start, int end) implements CharSequence {
        @Override
        public int length() {
            return end - start;
        }

        @Override
        public char charAt(int index) {
            return text.charAt(start + index);
        }

        @Override
        public CharSequence subSequence(int from, int to) {
            return new Range(text, start + from, start + to);
        }

        @Override
        public String toString() {
            return text.substring(start, end);
        }
    }

    /** The characters the regex class {@code \s} matches (no UNICODE_CHARACTER_CLASS). */
    private static boolean isRegexWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private RevisionBody body(String text, Section section, String source) {
        if (section.blanked != null) {
            String own = section.blanked.toString();
            Runnable check = () -> placeholders.check(own, 0, own.length(), section.line, source);
            if (section.splitOff) {
                String one = own.strip();
                return RevisionBody.Sql.streamed(() -> (one.isEmpty() ? List.<SqlStatement>of()
                        : List.of(new SqlStatement(1, section.line, one))).iterator(), placeholders::apply, check);
            }
        }
        int start = section.start;
        int end = section.end;
        return RevisionBody.Sql.streamed(() -> new SqlSplitter(flavor.get()).iterator(text, start, end, section.line,
                source), placeholders::apply, () -> placeholders.check(text, start, end, section.line, source));
    }

    private static boolean parseBoolean(String value, String source, int line) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw new ScriptException(source, line,
                    "malformed header: transactional must be true or false, not '" + value + "'");
        };
    }

    static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        if (value.indexOf(',') < 0) { // one revision, the usual down_revision
            return List.of(value.strip());
        }
        List<String> out = new ArrayList<>();
        for (String part : Arrays.asList(value.split(","))) {
            String p = part.strip();
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }
}
