package dev.retort.script;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * Splits a section of SQL into statements on the current delimiter ({@code ;} unless a MySQL-style
 * {@code DELIMITER} line changes it), ignoring delimiters inside strings, quoted identifiers, dollar
 * quotes and comments. Unterminated quotes and comments are reported with the line they start on.
 */
public final class SqlSplitter {

    private final SqlFlavor flavor;

    /** @param flavor how the SQL is lexed */
    public SqlSplitter(SqlFlavor flavor) {
        this.flavor = flavor;
    }

    /**
     * {@return the statements, in order}
     *
     * @param text the section text
     * @param firstLine the file line {@code text} starts on, for messages and {@link SqlStatement#line()}
     * @param source file name for error messages
     */
    public List<SqlStatement> split(String text, int firstLine, String source) {
        List<SqlStatement> out = new ArrayList<>();
        iterator(text, firstLine, source).forEachRemaining(out::add);
        return out;
    }

    /**
     * {@return the statements one at a time, each split when asked for} Memory stays bounded by the largest
     * statement, not the section: a 50 MB data script is never held as a list.
     *
     * @param text the section text
     * @param firstLine the file line {@code text} starts on
     * @param source file name for error messages
     */
    public Iterator<SqlStatement> iterator(String text, int firstLine, String source) {
        return new Cursor(text, firstLine, source);
    }

    /** The lexer's position in one section; {@link #next()} scans up to the end of the next statement. */
    private final class Cursor implements Iterator<SqlStatement> {

        private final String text;
        private final String source;
        private final int n;
        private final StringBuilder current = new StringBuilder();
        private String delimiter = ";";
        private int line;
        private int i;
        private int index;
        private SqlStatement next;

        Cursor(String text, int firstLine, String source) {
            this.text = text;
            this.source = source;
            this.n = text.length();
            this.line = firstLine;
        }

        @Override
        public boolean hasNext() {
            if (next == null) {
                next = scan();
            }
            return next != null;
        }

        @Override
        public SqlStatement next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            SqlStatement result = next;
            next = null;
            return result;
        }

        private SqlStatement scan() {
            current.setLength(0);
            boolean hasCode = false;
            int codeEnd = 0; // a trailing line comment is not part of the statement: a ';' after it would be commented out
            int statementLine = line;
            while (i < n) {
                char c = text.charAt(i);
                // A DELIMITER command is only recognised at the start of a line before any statement text.
                if (!hasCode && atLineStart(text, i) && startsWithIgnoreCase(text, i, "DELIMITER")
                        && i + 9 < n && Character.isWhitespace(text.charAt(i + 9)) && text.charAt(i + 9) != '\n') {
                    int end = text.indexOf('\n', i);
                    if (end < 0) {
                        end = n;
                    }
                    String value = text.substring(i + 9, end).trim();
                    if (value.isEmpty()) {
                        throw new ScriptException(source, line, "DELIMITER needs a value, e.g. 'DELIMITER //'");
                    }
                    delimiter = value;
                    current.setLength(0);
                    i = end;
                    continue;
                }
                if (text.startsWith(delimiter, i)) {
                    i += delimiter.length();
                    if (hasCode) {
                        return statement(codeEnd, statementLine);
                    }
                    current.setLength(0);
                    continue;
                }
                if (c == '\n') {
                    line++;
                    current.append(c);
                    i++;
                    continue;
                }
                if (Character.isWhitespace(c)) {
                    current.append(c);
                    i++;
                    continue;
                }
                int start = i;
                int startLine = line;
                boolean lineComment = false;
                if (isLineComment(text, i) || flavor == SqlFlavor.MYSQL && c == '#') {
                    int end = text.indexOf('\n', i);
                    i = end < 0 ? n : end;
                    lineComment = true;
                } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                    // kept as part of the statement: MySQL runs /*! ... */ comments
                    i = skipBlockComment(text, i, source, startLine);
                } else {
                    if (!hasCode) {
                        statementLine = line;
                        hasCode = true;
                    }
                    if (c == '\'') {
                        boolean backslash = flavor == SqlFlavor.MYSQL || isEscapeStringPrefix(text, i);
                        i = skipQuoted(text, i, '\'', backslash, source, startLine, "string");
                    } else if (c == '"') {
                        i = skipQuoted(text, i, '"', flavor == SqlFlavor.MYSQL, source, startLine, "quoted identifier");
                    } else if (c == '`' && flavor == SqlFlavor.MYSQL) {
                        i = skipQuoted(text, i, '`', false, source, startLine, "quoted identifier");
                    } else if (c == '$' && flavor == SqlFlavor.STANDARD && dollarTag(text, i) != null) {
                        String tag = dollarTag(text, i);
                        int close = text.indexOf(tag, i + tag.length());
                        if (close < 0) {
                            throw new ScriptException(source, startLine, "unterminated dollar quote " + tag
                                    + ": add the closing " + tag);
                        }
                        i = close + tag.length();
                    } else {
                        i++;
                    }
                }
                for (int k = start; k < i; k++) {
                    if (text.charAt(k) == '\n') {
                        line++;
                    }
                }
                current.append(text, start, i);
                if (!lineComment) {
                    codeEnd = current.length();
                }
            }
            return hasCode ? statement(codeEnd, statementLine) : null;
        }

        private SqlStatement statement(int codeEnd, int statementLine) {
            current.setLength(codeEnd);
            return new SqlStatement(++index, statementLine, stripLeadingComments(current.toString().strip()));
        }
    }

    /**
     * {@code --} starts a comment; MariaDB/MySQL need a space or control character after it (or the end of the
     * text), so {@code 5--1} there is five minus minus one.
     */
    private boolean isLineComment(String text, int i) {
        if (text.charAt(i) != '-' || i + 1 >= text.length() || text.charAt(i + 1) != '-') {
            return false;
        }
        return flavor != SqlFlavor.MYSQL || i + 2 >= text.length() || text.charAt(i + 2) <= ' ';
    }

    /** Comments before a statement belong to the file, not to the statement sent to the database. */
    private static String stripLeadingComments(String sql) {
        String s = sql;
        while (true) {
            if (s.startsWith("--")) {
                int nl = s.indexOf('\n');
                if (nl < 0) {
                    return s;
                }
                s = s.substring(nl + 1).stripLeading();
            } else {
                return s;
            }
        }
    }

    private int skipBlockComment(String text, int i, String source, int startLine) {
        int depth = 0;
        int n = text.length();
        while (i < n) {
            if (text.startsWith("/*", i) && (depth == 0 || flavor == SqlFlavor.STANDARD)) {
                depth++;
                i += 2;
            } else if (text.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        throw new ScriptException(source, startLine, "unterminated block comment: add the closing */");
    }

    private static int skipQuoted(String text, int i, char quote, boolean backslashEscapes, String source,
            int startLine, String what) {
        int n = text.length();
        i++;
        while (i < n) {
            char c = text.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
                continue;
            }
            if (c == quote) {
                if (i + 1 < n && text.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        throw new ScriptException(source, startLine, "unterminated " + what + " (opened with " + quote
                + "): add the closing " + quote);
    }

    /** {@code E'...'} (PostgreSQL escape string): the E must not be the tail of an identifier. */
    private static boolean isEscapeStringPrefix(String text, int quoteIndex) {
        if (quoteIndex == 0) {
            return false;
        }
        char e = text.charAt(quoteIndex - 1);
        if (e != 'E' && e != 'e') {
            return false;
        }
        return quoteIndex < 2 || !isIdentifierPart(text.charAt(quoteIndex - 2));
    }

    /** Returns {@code $tag$} when a dollar quote opens at {@code i}, else null. */
    private static String dollarTag(String text, int i) {
        if (i > 0 && isIdentifierPart(text.charAt(i - 1))) {
            return null;
        }
        int j = i + 1;
        int n = text.length();
        if (j < n && text.charAt(j) == '$') {
            return "$$";
        }
        if (j >= n || !(Character.isLetter(text.charAt(j)) || text.charAt(j) == '_')) {
            return null;
        }
        while (j < n && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) {
            j++; // a tag is an identifier without '$'
        }
        return j < n && text.charAt(j) == '$' ? text.substring(i, j + 1) : null;
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private static boolean atLineStart(String text, int i) {
        int k = i - 1;
        while (k >= 0 && text.charAt(k) != '\n') {
            if (!Character.isWhitespace(text.charAt(k))) {
                return false;
            }
            k--;
        }
        return true;
    }

    private static boolean startsWithIgnoreCase(String text, int i, String word) {
        return text.regionMatches(true, i, word, 0, word.length())
                && word.equals(word.toUpperCase(Locale.ROOT));
    }
}
