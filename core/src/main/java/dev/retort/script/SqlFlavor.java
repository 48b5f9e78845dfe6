package dev.retort.script;

/** The lexical rules a dialect's SQL follows, as far as splitting statements needs them. */
public enum SqlFlavor {
    /** PostgreSQL and H2: {@code ''} escapes, {@code E''} strings, dollar quotes, nested block comments. */
    STANDARD,
    /** MariaDB/MySQL: backslash escapes in strings, backtick identifiers, {@code #} comments, flat block comments. */
    MYSQL
}
