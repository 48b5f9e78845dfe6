package dev.retort.dialect;

import java.util.Set;
import java.util.regex.Pattern;

/** When an identifier must be quoted: SQLAlchemy's rule (not lower case, not a plain word, or reserved). */
final class Identifiers {

    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_$]*");

    /** Words reserved by PostgreSQL, MariaDB/MySQL or H2 that could plausibly name a schema or table. */
    private static final Set<String> RESERVED = Set.of(
            "all", "alter", "analyse", "analyze", "and", "any", "array", "as", "asc", "between", "both", "by",
            "case", "cast", "change", "check", "collate", "column", "condition", "constraint", "create", "cross",
            "current_date", "current_role", "current_time", "current_timestamp", "current_user", "database",
            "databases", "default", "delete", "desc", "distinct", "do", "drop", "else", "end", "except", "exists",
            "false", "fetch", "for", "foreign", "from", "grant", "group", "having", "if", "in", "index", "inner",
            "insert", "intersect", "interval", "into", "is", "join", "key", "keys", "leading", "left", "like",
            "limit", "lock", "natural", "not", "null", "offset", "on", "only", "option", "or", "order", "outer",
            "primary", "range", "read", "references", "rename", "returning", "right", "row", "rows", "schema",
            "schemas", "select", "session_user", "set", "show", "some", "table", "then", "to", "trailing",
            "true", "union", "unique", "update", "usage", "use", "user", "using", "values", "when", "where",
            "window", "with", "write");

    private Identifiers() {
    }

    static boolean needsQuoting(String identifier) {
        return !PLAIN.matcher(identifier).matches() || RESERVED.contains(identifier);
    }
}
