package dev.retort.schema;

import dev.retort.ConfigurationException;
import dev.retort.schema.model.Schema;
import dev.retort.schema.model.UncomparedObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code retort.autogenerate.exclude-tables}: glob patterns ({@code *}, {@code ?}) of table, view and sequence names
 * that autogenerate leaves out on both sides, matched ignoring case. A pattern starting with {@code !} includes
 * again what an earlier pattern excluded; the last pattern that matches decides. Other migration tools' tables come
 * first, so {@code !flyway_schema_history} compares that table again.
 */
public final class NameFilter {

    /** Tables of other migration tools, never compared unless a pattern includes them again. */
    public static final List<String> OTHER_TOOLS = List.of("alembic_version", "flyway_schema_history",
            "databasechangelog", "databasechangeloglock");

    private final List<Rule> rules;

    private record Rule(Pattern pattern, boolean include) {
    }

    private NameFilter(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * {@return the filter of {@link #OTHER_TOOLS}, then {@code patterns} (blank entries are ignored)}
     *
     * @param patterns globs, {@code !} first to include again
     */
    public static NameFilter of(List<String> patterns) {
        List<Rule> rules = new ArrayList<>();
        for (String tool : OTHER_TOOLS) {
            rules.add(new Rule(glob(tool), false));
        }
        for (String raw : patterns) {
            String p = raw.strip();
            if (p.isEmpty()) {
                continue;
            }
            boolean include = p.startsWith("!");
            String glob = include ? p.substring(1).strip() : p;
            if (glob.isEmpty()) {
                throw new ConfigurationException("Invalid retort.autogenerate.exclude-tables pattern '" + raw
                        + "': '!' must be followed by a table name or pattern, as in !flyway_schema_history");
            }
            rules.add(new Rule(glob(glob), include));
        }
        return new NameFilter(rules);
    }

    /**
     * {@return true when autogenerate leaves {@code name} out}
     *
     * @param name a table, view or sequence name
     */
    public boolean excludes(String name) {
        boolean excluded = false;
        for (Rule r : rules) {
            if (r.pattern.matcher(name).matches()) {
                excluded = !r.include;
            }
        }
        return excluded;
    }

    /**
     * {@return {@code schema} without the tables, views and sequences this filter excludes, nor what belongs to them}
     *
     * @param schema a reflected schema
     */
    public Schema apply(Schema schema) {
        List<UncomparedObject> uncompared = schema.uncompared().stream()
                .filter(o -> !excludes(o.name()) && (o.table() == null || !excludes(o.table()))).toList();
        return new Schema(kept(schema.tables()), kept(schema.views()), kept(schema.sequences()), schema.enumTypes(),
                schema.domains(), uncompared);
    }

    private <T> Map<String, T> kept(Map<String, T> byName) {
        Map<String, T> out = new LinkedHashMap<>();
        byName.forEach((name, value) -> {
            if (!excludes(name)) {
                out.put(name, value);
            }
        });
        return out;
    }

    /** A case-insensitive pattern for a glob where {@code *} is any run of characters and {@code ?} one character. */
    public static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char ch : glob.toCharArray()) {
            switch (ch) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(ch)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
