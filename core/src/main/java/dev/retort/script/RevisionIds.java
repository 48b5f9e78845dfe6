package dev.retort.script;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;

/** Rules for revision ids: what a legal id is, and how new ones are made. */
public final class RevisionIds {

    /** Width of {@code version_num} in Alembic's table and ours. */
    public static final int MAX_LENGTH = 32;


    private static final Set<String> RESERVED = Set.of("head", "heads", "base", "current");

    private RevisionIds() {
    }

    /**
     * Throws {@link ScriptException} naming {@code source} when {@code id} cannot be a revision id.
     *
     * @param id the revision id
     * @param source the file or class it comes from
     */
    public static void check(String id, String source) {
        if (id.length() > MAX_LENGTH) {
            throw new ScriptException(source, 0, "revision id '" + id + "' is " + id.length()
                    + " characters; the version table holds at most " + MAX_LENGTH);
        }
        int plain = 0;
        while (plain < id.length() && isPlain(id.charAt(plain))) { // the usual id: hex digits, nothing to look at
            plain++;
        }
        for (int i = plain; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '@' || c == '-' || c == '+' || c == ':' || c == ',' || Character.isWhitespace(c)) {
                throw new ScriptException(source, 0, "revision id '" + id + "' contains '" + c
                        + "'; ids may not contain @ - + : , or spaces (they are identifier syntax)");
            }
            if (c == '/' || c == '\\' || c == '\'' || c == '"' || c == '`' || Character.isISOControl(c)) {
                throw new ScriptException(source, 0, "revision id '" + printable(id) + "' contains "
                        + (Character.isISOControl(c) ? "a control character" : "'" + c + "'")
                        + "; ids may not contain slashes, quotes or control characters");
            }
        }
    }

    /**
     * Throws {@link dev.retort.ConfigurationException} unless {@code id} is a new id a user may choose
     * ({@code --rev-id}): 1 to 32 ASCII letters, digits or {@code _}. The id becomes a file name, so nothing that
     * could leave the revisions directory or need quoting is accepted.
     *
     * @param id the chosen id
     */
    public static void checkNew(String id) {
        if (!NewId.PATTERN.matcher(id).matches()) {
            throw new dev.retort.ConfigurationException("Invalid --rev-id '" + printable(id) + "': use 1 to "
                    + MAX_LENGTH + " letters (a-z, A-Z), digits or '_', such as 1975ea83b712");
        }
        if (RESERVED.contains(id)) {
            throw new dev.retort.ConfigurationException("Invalid --rev-id '" + id + "': it is a reserved identifier "
                    + "(head, heads, base, current); choose another id");
        }
    }

    private static String printable(String id) {
        StringBuilder b = new StringBuilder();
        id.codePoints().limit(80).forEach(c -> {
            if (Character.isISOControl(c)) {
                b.append(String.format("\\u%04X", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    private static boolean isPlain(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c == '_';
    }

    /** Compiled on first use: loading revisions never needs it. */
    private static final class NewId {
        static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9_]{1," + MAX_LENGTH + "}");
    }

    /** Created on first use: seeding a SecureRandom loads the security providers, which loading never needs. */
    private static final class Random {
        static final SecureRandom INSTANCE = new SecureRandom();
    }

    /** {@return a fresh 12-hex-digit id, as Alembic makes them} */
    public static String generate() {
        byte[] bytes = new byte[6];
        Random.INSTANCE.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
