package dev.retort.schema.diff;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tells widening type changes (safe) from those that may lose data (flagged for review). */
public final class TypeChanges {

    private static final Pattern TYPE = Pattern.compile("^([a-z ]+?)\\s*(?:\\(([0-9, ]+)\\))?( unsigned)?$");
    private static final List<List<String>> WIDENING = List.of(
            List.of("tinyint", "smallint", "mediumint", "int", "integer", "bigint"),
            List.of("int2", "int4", "int8"),
            List.of("real", "double precision", "double"),
            List.of("char", "character", "varchar", "character varying", "text", "mediumtext", "longtext",
                    "character large object", "clob"));

    private TypeChanges() {
    }

    /**
     * {@return true unless {@code to} provably holds every value of {@code from}}
     *
     * @param from the current type
     * @param to the new type
     */
    public static boolean mayLoseData(String from, String to) {
        Matcher f = TYPE.matcher(from.toLowerCase(Locale.ROOT).strip());
        Matcher t = TYPE.matcher(to.toLowerCase(Locale.ROOT).strip());
        if (!f.matches() || !t.matches() || f.group(3) != null && t.group(3) == null) {
            return true;
        }
        String fb = f.group(1).strip();
        String tb = t.group(1).strip();
        int[] fa = args(f.group(2));
        int[] ta = args(t.group(2));
        if (fb.equals(tb)) {
            return !covers(fa, ta);
        }
        for (List<String> family : WIDENING) {
            int fi = family.indexOf(fb);
            int ti = family.indexOf(tb);
            if (fi >= 0 && ti >= 0) {
                boolean unbounded = ta.length == 0;
                return ti < fi || !(unbounded || covers(fa, ta) && fa.length > 0);
            }
        }
        return true;
    }

    /** Length/precision grows and scale does not shrink. */
    private static boolean covers(int[] from, int[] to) {
        if (to.length == 0) {
            return true;
        }
        if (from.length == 0) {
            return false;
        }
        if (from.length == 2 && to.length == 2) {
            int fromInt = from[0] - from[1];
            int toInt = to[0] - to[1];
            return toInt >= fromInt && to[1] >= from[1];
        }
        return to[0] >= from[0];
    }

    private static int[] args(String group) {
        if (group == null || group.isBlank()) {
            return new int[0];
        }
        String[] parts = group.split(",");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Integer.parseInt(parts[i].strip());
        }
        return out;
    }
}
