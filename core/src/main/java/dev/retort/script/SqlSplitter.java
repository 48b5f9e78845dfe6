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
        return new Cursor(text, 0, text.length(), firstLine, source);
    }

    /**
     * {@return the statements of {@code text[start, end)} one at a time} The section stays a range of the file's
     * text: no copy of it is made.
     *
     * @param text the file's text
     * @param start where the section starts
     * @param end where it ends (exclusive)
     * @param firstLine the file line {@code start} is on
     * @param source file name for error messages
     */
    public Iterator<SqlStatement> iterator(String text, int start, int end, int firstLine, String source) {
        return new Cursor(text, start, end, firstLine, source);
    }

    /** The lexer's position in one section; {@link #next()} scans up to the end of the next statement. */
    private final class Cursor implements Iterator<SqlStatement> {

        private final String text;
        private final String source;
        private final int start;
        private final int n;
        private String delimiter = ";";
        private char delimiterStart = ';';
        private int line;
        private int i;
        private int index;
        private SqlStatement next;

        Cursor(String text, int start, int end, int firstLine, String source) {
            this.text = text;
            this.source = source;
            this.start = start;
            this.n = end;
            this.i = start;
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

        /**
         * Scans to the end of the next statement. What a statement sends is always one range of the text (from after
         * the previous delimiter to the end of its last token), so it is cut out once instead of copied char by char.
         */
        private SqlStatement scan() {
            int from = i; // where the statement's text starts: after the last delimiter or DELIMITER line
            boolean hasCode = false;
            int codeEnd = from; // a trailing line comment is not part of the statement: a ';' after it would be commented out
            int statementLine = line;
            while (i < n) {
                char c = text.charAt(i);
                // A DELIMITER command is only recognised at the start of a line before any statement text.
                if (!hasCode && (c == 'D' || c == 'd') && atLineStart(i) && startsWithIgnoreCase(i, "DELIMITER")
                        && i + 9 < n && Character.isWhitespace(text.charAt(i + 9)) && text.charAt(i + 9) != '\n') {
                    int end = lineEnd(i);
                    String value = text.substring(i + 9, end).trim();
                    if (value.isEmpty()) {
                        throw new ScriptException(source, line, "DELIMITER needs a value, e.g. 'DELIMITER //'");
                    }
                    delimiter = value;
                    delimiterStart = value.charAt(0);
                    i = end;
                    from = i;
                    codeEnd = i;
                    continue;
                }
                if (c == delimiterStart && startsWith(delimiter, i)) {
                    i += delimiter.length();
                    if (hasCode) {
                        return statement(from, codeEnd, statementLine);
                    }
                    from = i;
                    codeEnd = i;
                    continue;
                }
                if (c == '\n') {
                    line++;
                    i++;
                    continue;
                }
                if (Character.isWhitespace(c)) {
                    i++;
                    continue;
                }
                int tokenStart = i;
                int startLine = line;
                boolean lineComment = false;
                if (isLineComment(i) || flavor == SqlFlavor.MYSQL && c == '#') {
                    i = lineEnd(i);
                    lineComment = true;
                } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                    // kept as part of the statement: MySQL runs /*! ... */ comments
                    i = skipBlockComment(i, startLine);
                } else {
                    if (!hasCode) {
                        statementLine = line;
                        hasCode = true;
                    }
                    if (c == '\'') {
                        boolean backslash = flavor == SqlFlavor.MYSQL || isEscapeStringPrefix(i);
                        i = skipQuoted(i, '\'', backslash, startLine, "string");
                    } else if (c == '"') {
                        i = skipQuoted(i, '"', flavor == SqlFlavor.MYSQL, startLine, "quoted identifier");
                    } else if (c == '`' && flavor == SqlFlavor.MYSQL) {
                        i = skipQuoted(i, '`', false, startLine, "quoted identifier");
                    } else if (c == '$' && flavor == SqlFlavor.STANDARD && dollarTag(i) != null) {
                        String tag = dollarTag(i);
                        int close = text.indexOf(tag, i + tag.length());
                        if (close < 0 || close + tag.length() > n) {
                            throw new ScriptException(source, startLine, "unterminated dollar quote " + tag
                                    + ": add the closing " + tag);
                        }
                        i = close + tag.length();
                    } else {
                        i++; // one character of code: no line to count
                        codeEnd = i;
                        continue;
                    }
                }
                for (int k = tokenStart; k < i; k++) {
                    if (text.charAt(k) == '\n') {
                        line++;
                    }
                }
                if (!lineComment) {
                    codeEnd = i;
                }
            }
            return hasCode ? statement(from, codeEnd, statementLine) : null;
        }

        private SqlStatement statement(int from, int codeEnd, int statementLine) {
            return new SqlStatement(++index, statementLine, stripLeadingComments(text.substring(from, codeEnd).strip()));
        }

        private int lineEnd(int from) {
            int end = text.indexOf('\n', from);
            return end < 0 || end > n ? n : end;
        }

        private boolean startsWith(String prefix, int at) {
            return at + prefix.length() <= n && text.startsWith(prefix, at);
        }

        /**
         * {@code --} starts a comment; MariaDB/MySQL need a space or control character after it (or the end of the
         * text), so {@code 5--1} there is five minus minus one.
         */
        private boolean isLineComment(int at) {
            if (text.charAt(at) != '-' || at + 1 >= n || text.charAt(at + 1) != '-') {
                return false;
            }
            return flavor != SqlFlavor.MYSQL || at + 2 >= n || text.charAt(at + 2) <= ' ';
        }

        private int skipBlockComment(int at, int startLine) {
            int depth = 0;
            int k = at;
            while (k < n) {
                if (startsWith("/*", k) && (depth == 0 || flavor == SqlFlavor.STANDARD)) {
                    depth++;
                    k += 2;
                } else if (startsWith("*/", k)) {
                    depth--;
                    k += 2;
                    if (depth == 0) {
                        return k;
                    }
                } else {
                    k++;
                }
            }
            throw new ScriptException(source, startLine, "unterminated block comment: add the closing */");
        }

        private int skipQuoted(int at, char quote, boolean backslashEscapes, int startLine, String what) {
            int k = at + 1;
            while (k < n) {
                char c = text.charAt(k);
                if (backslashEscapes && c == '\\') {
                    k += 2;
                    continue;
                }
                if (c == quote) {
                    if (k + 1 < n && text.charAt(k + 1) == quote) {
                        k += 2;
                        continue;
                    }
                    return k + 1;
                }
                k++;
            }
            throw new ScriptException(source, startLine, "unterminated " + what + " (opened with " + quote
                    + "): add the closing " + quote);
        }

        /** {@code E'...'} (PostgreSQL escape string): the E must not be the tail of an identifier. */
        private boolean isEscapeStringPrefix(int quoteIndex) {
            if (quoteIndex == start) {
                return false;
            }
            char e = text.charAt(quoteIndex - 1);
            if (e != 'E' && e != 'e') {
                return false;
            }
            return quoteIndex - 2 < start || !isIdentifierPart(text.charAt(quoteIndex - 2));
        }

        /** Returns {@code $tag$} when a dollar quote opens at {@code at}, else null. */
        private String dollarTag(int at) {
            if (at > start && isIdentifierPart(text.charAt(at - 1))) {
                return null;
            }
            int j = at + 1;
            if (j < n && text.charAt(j) == '$') {
                return "$$";
            }
            if (j >= n || !(Character.isLetter(text.charAt(j)) || text.charAt(j) == '_')) {
                return null;
            }
            while (j < n && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) {
                j++; // a tag is an identifier without '$'
            }
            return j < n && text.charAt(j) == '$' ? text.substring(at, j + 1) : null;
        }

        private boolean atLineStart(int at) {
            int k = at - 1;
            while (k >= start && text.charAt(k) != '\n') {
                if (!Character.isWhitespace(text.charAt(k))) {
                    return false;
                }
                k--;
            }
            return true;
        }

        private boolean startsWithIgnoreCase(int at, String word) {
            return at + word.length() <= n && text.regionMatches(true, at, word, 0, word.length());
        }
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

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
