package dev.retort.dialect;

import java.util.Locale;

/**
 * Recognises the statements that commit the open transaction even when they fail (MariaDB/MySQL and H2 DDL), from
 * their first words. Conservative: a statement that starts with a comment, or is about temporary objects (MariaDB
 * does not commit for those), is not recognised.
 */
final class ImplicitCommit {

    private ImplicitCommit() {
    }

    /**
     * @param sql the statement
     * @param verbs the leading keywords (upper case) that commit
     * @return whether {@code sql} starts with one of {@code verbs} and is not about a temporary object
     */
    static boolean commits(String sql, String... verbs) {
        int i = 0;
        int n = sql.length();
        while (i < n && Character.isWhitespace(sql.charAt(i))) {
            i++;
        }
        int start = i;
        while (i < n && Character.isLetter(sql.charAt(i))) {
            i++;
        }
        if (i == start || i < n && !Character.isWhitespace(sql.charAt(i))) {
            return false; // a comment, a parenthesis or a word glued to something: not a plain DDL keyword
        }
        String verb = sql.substring(start, i).toUpperCase(Locale.ROOT);
        for (String v : verbs) {
            if (v.equals(verb)) {
                // CREATE [OR REPLACE] TEMPORARY TABLE, DROP TEMPORARY TABLE, H2's CREATE LOCAL TEMPORARY TABLE
                String head = sql.substring(i, Math.min(n, i + 40)).toUpperCase(Locale.ROOT);
                return !head.contains("TEMPORARY") && !head.contains("TEMP ");
            }
        }
        return false;
    }
}
