package dev.retort.config;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the subset of YAML that Spring configuration files use: nested maps by indentation, scalars
 * (plain or quoted), {@code #} comments and block lists of scalars, flattened to dotted keys
 * ({@code spring.datasource.url}); lists become comma-separated values. Anchors, flow collections,
 * multi-line scalars and multi-document files are outside the subset: only the first document is read.
 */
public final class YamlReader {

    private record Level(int indent, String prefix) {
    }

    private YamlReader() {
    }

    /**
     * {@return {@code text} flattened to dotted keys} Throws {@link ConfigFileException} on a line it cannot read.
     *
     * @param text the YAML document
     * @param source the file name, for error messages
     */
    public static Map<String, String> read(String text, String source) {
        Map<String, String> out = new LinkedHashMap<>();
        Map<String, List<String>> lists = new LinkedHashMap<>();
        Deque<Level> stack = new ArrayDeque<>();
        String lastKey = null;
        int lineNo = 0;
        boolean started = false;
        for (String raw : text.split("\r?\n", -1)) {
            lineNo++;
            String line = stripComment(raw);
            if (line.isBlank()) {
                continue;
            }
            if (line.strip().equals("---")) {
                if (started) {
                    break;
                }
                continue;
            }
            started = true;
            int indent = line.length() - line.stripLeading().length();
            String content = line.strip();
            while (!stack.isEmpty() && stack.peek().indent() >= indent) {
                stack.pop();
            }
            String prefix = stack.isEmpty() ? "" : stack.peek().prefix();
            if (content.startsWith("- ") || content.equals("-")) {
                if (lastKey == null) {
                    throw new ConfigFileException(source + ":" + lineNo + ": a list item needs a key above it");
                }
                lists.computeIfAbsent(lastKey, k -> new ArrayList<>()).add(unquote(content.substring(1).strip()));
                continue;
            }
            int colon = keyColon(content);
            if (colon < 0) {
                throw new ConfigFileException(source + ":" + lineNo + ": expected 'key: value' but found '" + content
                        + "'");
            }
            String key = prefix + unquote(content.substring(0, colon).strip());
            String value = content.substring(colon + 1).strip();
            if (value.isEmpty()) {
                stack.push(new Level(indent, key + "."));
                lastKey = key;
            } else {
                out.put(key, unquote(value));
                lastKey = null;
            }
        }
        lists.forEach((key, items) -> out.put(key, String.join(",", items)));
        return out;
    }

    private static int keyColon(String content) {
        char quote = 0;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == ':' && (i + 1 == content.length() || content.charAt(i + 1) == ' ')) {
                return i;
            }
        }
        return -1;
    }

    private static String stripComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    private static String unquote(String value) {
        if (value.length() >= 2) {
            char first = value.charAt(0);
            char last = value.charAt(value.length() - 1);
            if (first == '"' && last == '"') {
                return value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
            }
            if (first == '\'' && last == '\'') {
                return value.substring(1, value.length() - 1).replace("''", "'");
            }
        }
        return value;
    }
}
