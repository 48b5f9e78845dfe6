package dev.retort.script;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ${name}} placeholders in revision SQL: replaced statement by statement when replacement is on, and a
 * placeholder without a value is an error naming the file, line and name before any SQL runs.
 *
 * @param values the values by name
 * @param enabled whether {@code ${name}} is replaced at all ({@code retort.placeholder-replacement})
 */
public record Placeholders(Map<String, String> values, boolean enabled) {

    /** Compiled when a statement first holds {@code ${}: loading revisions never needs it. */
    private static final class Reference {
        static final Pattern PATTERN = Pattern.compile("\\$\\{([^}\\s]+)}");
    }

    /** Copies the values. */
    public Placeholders {
        values = Map.copyOf(values);
    }

    /**
     * {@return replacement on with {@code values}}
     *
     * @param values the values by name
     */
    public static Placeholders of(Map<String, String> values) {
        return new Placeholders(values, true);
    }

    /**
     * {@return {@code sql} with every {@code ${name}} replaced by its value}
     *
     * @param sql one statement
     */
    public String apply(String sql) {
        if (!enabled || sql.indexOf("${") < 0) {
            return sql;
        }
        Matcher m = Reference.PATTERN.matcher(sql);
        StringBuilder out = new StringBuilder(sql.length());
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Throws {@link ScriptException} at the first {@code ${name}} in {@code text[start, end)} that has no value.
     *
     * @param text the file's text
     * @param start the section's start
     * @param end the section's end (exclusive)
     * @param firstLine the line {@code start} is on
     * @param source the file, for the message
     */
    void check(String text, int start, int end, int firstLine, String source) {
        if (!enabled) {
            return;
        }
        int from = text.indexOf("${", start);
        if (from < 0 || from >= end) {
            return;
        }
        Matcher m = Reference.PATTERN.matcher(text).region(from, end);
        int line = firstLine;
        while (m.find()) {
            if (!values.containsKey(m.group(1))) {
                for (int k = start; k < m.start(); k++) {
                    if (text.charAt(k) == '\n') {
                        line++;
                    }
                }
                throw new ScriptException(source, line, "placeholder " + m.group() + " has no value: set "
                        + "retort.placeholders." + m.group(1) + " (CLI: -x " + m.group(1) + "=<value>), or turn "
                        + "replacement off (retort.placeholder-replacement=false, CLI: --no-placeholders)");
            }
        }
    }
}
