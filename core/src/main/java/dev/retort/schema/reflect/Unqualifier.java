package dev.retort.schema.reflect;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the compared schema's qualification ({@code "PUBLIC".}, {@code `shop`.}) from SQL a database printed, and
 * finds the names it qualified: MariaDB and H2 qualify every table a view reads and every sequence a default uses.
 */
final class Unqualifier {

    private final String prefix;
    private final Pattern reference;
    private final String quote;

    /** @param quote the identifier quote the database prints ({@code "} or {@code `}) */
    Unqualifier(String schema, char quote) {
        this.quote = String.valueOf(quote);
        String quotedSchema = this.quote + schema.replace(this.quote, this.quote + this.quote) + this.quote;
        this.prefix = quotedSchema + ".";
        String q = Pattern.quote(this.quote);
        this.reference = Pattern.compile(Pattern.quote(prefix) + q + "((?:[^" + this.quote + "]|" + q + q + ")+)" + q);
    }

    /** {@code sql} without the schema's qualification; null stays null. */
    String strip(String sql) {
        return sql == null ? null : sql.replace(prefix, "");
    }

    /** The distinct names {@code sql} qualifies with the schema, in order of appearance. */
    List<String> references(String sql) {
        List<String> out = new ArrayList<>();
        if (sql == null) {
            return out;
        }
        Matcher m = reference.matcher(sql);
        while (m.find()) {
            String name = m.group(1).replace(quote + quote, quote);
            if (!out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }
}
