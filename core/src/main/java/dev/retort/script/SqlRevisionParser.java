package dev.retort.script;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses one SQL revision file: the Alembic-style header, the section markers and the statements. */
public final class SqlRevisionParser {

    static final Set<String> HEADER_KEYS = Set.of(
            "revision", "down_revision", "branch_labels", "depends_on", "message", "create_date", "transactional");

    private static final Pattern HEADER_LINE = Pattern.compile("^--\\s*([A-Za-z_]+)\\s*:(.*)$");
    private static final Pattern MARKER = Pattern.compile("^--\\s*retort:\\s*(.*?)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final String MARKER_PREFIX = "retort:";

    private final Supplier<SqlFlavor> flavor;
    private final Map<String, String> placeholders;

    /**
     * @param flavor how the SQL is lexed
     * @param placeholders values of {@code ${name}} placeholders
     */
    public SqlRevisionParser(SqlFlavor flavor, Map<String, String> placeholders) {
        this(() -> flavor, placeholders);
    }

    /** With the flavor asked for only when a section is first split: the dialect may not be known at load. */
    public SqlRevisionParser(Supplier<SqlFlavor> flavor, Map<String, String> placeholders) {
        this.flavor = flavor;
        this.placeholders = Map.copyOf(placeholders);
    }

    /**
     * {@return the revision} Throws {@link ScriptException} naming the file and line of a malformed header or section.
     *
     * @param source the file name, for messages
     * @param content the file's text
     */
    public RevisionScript parse(String source, String content) {
        String text = content.isEmpty() || content.charAt(0) != '\uFEFF' ? content : content.substring(1);
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        String[] lines = text.split("\n", -1);

        Map<String, String> header = new LinkedHashMap<>();
        int lineNo = 0;
        for (; lineNo < lines.length; lineNo++) {
            String trimmed = lines[lineNo].strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (!trimmed.startsWith("--") || mayBeMarker(trimmed) && MARKER.matcher(trimmed).matches()) {
                break;
            }
            Matcher m = HEADER_LINE.matcher(trimmed);
            if (!m.matches()) {
                continue; // a free comment in the header block
            }
            String key = m.group(1).toLowerCase(Locale.ROOT);
            if (!HEADER_KEYS.contains(key)) {
                throw new ScriptException(source, lineNo + 1, "malformed header: unknown key '" + key
                        + "'; known keys are " + String.join(", ", HEADER_KEYS.stream().sorted().toList()));
            }
            if (header.put(key, m.group(2).strip()) != null) {
                throw new ScriptException(source, lineNo + 1, "malformed header: key '" + key + "' appears twice");
            }
        }

        String id = header.get("revision");
        if (id == null || id.isEmpty()) {
            throw new ScriptException(source, 1, "missing '-- revision: <id>' header line");
        }
        RevisionIds.check(id, source);
        for (String key : List.of("down_revision", "depends_on", "branch_labels")) {
            List<String> values = list(header.get(key));
            Set<String> seen = new HashSet<>();
            for (String value : values) {
                if (!seen.add(value)) {
                    throw new ScriptException(source, lineOf(lines, key), "malformed header: " + key + " lists '"
                            + value + "' twice; name each revision once");
                }
            }
        }
        boolean transactional = parseBoolean(header.getOrDefault("transactional", "true"), source, lines);

        // Sections: everything after the header is split by marker lines.
        StringBuilder upgrade = null;
        StringBuilder downgrade = null;
        StringBuilder currentSection = null;
        int upgradeLine = 0;
        int downgradeLine = 0;
        boolean irreversible = false;
        boolean upgradeSplitOff = false;
        boolean downgradeSplitOff = false;
        for (; lineNo < lines.length; lineNo++) {
            String line = lines[lineNo];
            String stripped = line.strip();
            Matcher marker = mayBeMarker(stripped) ? MARKER.matcher(stripped) : null;
            if (marker != null && marker.matches()) {
                String name = WHITESPACE.matcher(marker.group(1).toLowerCase(Locale.ROOT)).replaceAll(" ");
                switch (name) {
                    case "upgrade" -> {
                        if (upgrade != null) {
                            throw new ScriptException(source, lineNo + 1, "second '-- retort:upgrade' marker");
                        }
                        upgrade = new StringBuilder();
                        upgradeLine = lineNo + 2;
                        currentSection = upgrade;
                    }
                    case "downgrade" -> {
                        if (upgrade == null) {
                            throw new ScriptException(source, lineNo + 1,
                                    "'-- retort:downgrade' before '-- retort:upgrade': put the upgrade section first");
                        }
                        if (downgrade != null || irreversible) {
                            throw new ScriptException(source, lineNo + 1, "second downgrade/irreversible marker");
                        }
                        downgrade = new StringBuilder();
                        downgradeLine = lineNo + 2;
                        currentSection = downgrade;
                    }
                    case "irreversible" -> {
                        if (downgrade != null) {
                            throw new ScriptException(source, lineNo + 1,
                                    "'-- retort:irreversible' and '-- retort:downgrade' in one file: keep one");
                        }
                        irreversible = true;
                        currentSection = null;
                    }
                    case "split off" -> {
                        if (currentSection == null) {
                            throw new ScriptException(source, lineNo + 1,
                                    "'-- retort:split off' must be inside an upgrade or downgrade section");
                        }
                        if (currentSection == upgrade) {
                            upgradeSplitOff = true;
                        } else {
                            downgradeSplitOff = true;
                        }
                    }
                    default -> throw new ScriptException(source, lineNo + 1, "unknown marker '-- retort:"
                            + marker.group(1) + "'; use upgrade, downgrade, irreversible or split off");
                }
                if (currentSection != null) {
                    currentSection.append('\n'); // keep line numbers aligned with the file
                }
                continue;
            }
            if (currentSection != null) {
                currentSection.append(line).append('\n');
            } else if (upgrade == null && !line.isBlank() && !line.strip().startsWith("--")) {
                throw new ScriptException(source, lineNo + 1,
                        "SQL before the '-- retort:upgrade' marker: start the upgrade section with '-- retort:upgrade'");
            }
        }
        if (upgrade == null) {
            throw new ScriptException(source, 0, "no '-- retort:upgrade' marker: every revision needs an upgrade section");
        }
        // Drop the leading newline that stands for the marker line itself.
        String upgradeText = upgrade.substring(1);
        String downgradeText = downgrade == null ? null : downgrade.substring(1);
        String checksum = Checksums.ofSections(upgradeText, downgradeText);

        RevisionBody up = body(upgradeText, upgradeLine, upgradeSplitOff, source);
        RevisionBody down = downgradeText == null ? null : body(downgradeText, downgradeLine, downgradeSplitOff, source);
        return new RevisionScript(id, list(header.get("down_revision")), list(header.get("branch_labels")),
                list(header.get("depends_on")), header.getOrDefault("message", ""), header.get("create_date"),
                transactional, up, down, checksum, source);
    }

    /**
     * A cheap exact pre-check for {@link #MARKER} ({@code --}, optional whitespace, {@code retort:}), so the
     * regex runs on marker lines only rather than on every line of every script.
     */
    static boolean mayBeMarker(String stripped) {
        if (!stripped.startsWith("--")) {
            return false;
        }
        int i = 2;
        while (i < stripped.length() && isRegexWhitespace(stripped.charAt(i))) {
            i++;
        }
        return stripped.regionMatches(true, i, MARKER_PREFIX, 0, MARKER_PREFIX.length());
    }

    /** The characters the regex class {@code \s} matches (no UNICODE_CHARACTER_CLASS). */
    private static boolean isRegexWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private RevisionBody body(String text, int firstLine, boolean splitOff, String source) {
        String sql = substitute(text);
        if (splitOff) {
            String one = sql.strip();
            return RevisionBody.Sql.of(one.isEmpty() ? List.of() : List.of(new SqlStatement(1, firstLine, one)));
        }
        return RevisionBody.Sql.lazy(() -> new SqlSplitter(flavor.get()).split(sql, firstLine, source));
    }

    private String substitute(String sql) {
        if (placeholders.isEmpty() || !sql.contains("${")) {
            return sql;
        }
        String result = sql;
        for (Map.Entry<String, String> e : placeholders.entrySet()) {
            result = result.replace("${" + e.getKey() + "}", e.getValue());
        }
        return result;
    }

    private static boolean parseBoolean(String value, String source, String[] lines) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw new ScriptException(source, lineOf(lines, "transactional"),
                    "malformed header: transactional must be true or false, not '" + value + "'");
        };
    }

    private static int lineOf(String[] lines, String key) {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().matches("^--\\s*" + key + "\\s*:.*")) {
                return i + 1;
            }
        }
        return 0;
    }

    static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
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
