package dev.retort.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the right-hand side of an Alembic header assignment ({@code down_revision = ...}): {@code None}, a string,
 * or a tuple or list of strings, over several lines if bracketed, with comments. Anything else (a variable, a
 * function call) is an error naming the file and line, since the value cannot be known without running Python.
 */
final class PythonLiteral {

    private final String text;
    private final Path file;
    private final String name;
    private int pos;

    PythonLiteral(String text, int start, Path file, String name) {
        this.text = text;
        this.pos = start;
        this.file = file;
        this.name = name;
    }

    /** The strings the value holds: none for {@code None}, one for a string, each item of a tuple or list. */
    List<String> strings() {
        skipBlanks(false);
        if (text.startsWith("None", pos)) {
            return List.of();
        }
        char c = peek();
        if (c == '(' || c == '[') {
            char close = c == '(' ? ')' : ']';
            pos++;
            List<String> items = new ArrayList<>();
            while (true) {
                skipBlanks(true);
                if (peek() == close) {
                    return items;
                }
                items.add(string());
                skipBlanks(true);
                if (peek() == ',') {
                    pos++;
                } else if (peek() != close) {
                    throw unreadable();
                }
            }
        }
        return List.of(string());
    }

    private String string() {
        if (pos < text.length() && "rRuU".indexOf(text.charAt(pos)) >= 0 && pos + 1 < text.length()
                && (text.charAt(pos + 1) == '\'' || text.charAt(pos + 1) == '"')) {
            pos++;
        }
        char quote = peek();
        if (quote != '\'' && quote != '"') {
            throw unreadable();
        }
        StringBuilder out = new StringBuilder();
        for (pos++; pos < text.length(); pos++) {
            char c = text.charAt(pos);
            if (c == '\\' && pos + 1 < text.length()) {
                out.append(text.charAt(++pos));
            } else if (c == quote) {
                pos++;
                return out.toString();
            } else if (c == '\n') {
                break;
            } else {
                out.append(c);
            }
        }
        throw unreadable();
    }

    /** Skips spaces, and inside brackets also line breaks and comments. */
    private void skipBlanks(boolean multiline) {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || multiline && (c == '\n' || c == '\r')) {
                pos++;
            } else if (multiline && c == '#') {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else {
                return;
            }
        }
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private ImportException unreadable() {
        int line = 1;
        for (int i = 0; i < Math.min(pos, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return new ImportException(file + ":" + line + ": cannot read '" + name + "': the importer understands None, "
                + "a string, or a tuple or list of strings; write the value out in the file");
    }
}
