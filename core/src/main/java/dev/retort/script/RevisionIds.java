package dev.retort.script;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Rules for revision ids: what a legal id is, and how new ones are made. */
public final class RevisionIds {

    /** Width of {@code version_num} in Alembic's table and ours. */
    public static final int MAX_LENGTH = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

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
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '@' || c == '-' || c == '+' || c == ':' || c == ',' || Character.isWhitespace(c)) {
                throw new ScriptException(source, 0, "revision id '" + id + "' contains '" + c
                        + "'; ids may not contain @ - + : , or spaces (they are identifier syntax)");
            }
        }
    }

    /** {@return a fresh 12-hex-digit id, as Alembic makes them} */
    public static String generate() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
