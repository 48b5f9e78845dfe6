package dev.retort.script;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Versioned checksums: {@code 1:} + SHA-256 hex. The {@code 1:} prefix never changes meaning. */
public final class Checksums {

    /** The version prefix of every checksum. */
    public static final String VERSION_PREFIX = "1:";

    private Checksums() {
    }

    /**
     * {@return the checksum of a SQL revision's upgrade and downgrade text, insensitive to BOM and line endings}
     *
     * @param upgrade the upgrade section
     * @param downgrade the downgrade section, or {@code null} when irreversible
     */
    public static String ofSections(String upgrade, String downgrade) {
        String text = normalize(upgrade) + "\u0000" + (downgrade == null ? "\u0000irreversible" : normalize(downgrade));
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * {@return the checksum of {@code bytes}}
     *
     * @param bytes the content
     */
    public static String of(byte[] bytes) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return VERSION_PREFIX + HexFormat.of().formatHex(digest.digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    static String normalize(String text) {
        String s = text;
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        return s.replace("\r\n", "\n").replace('\r', '\n').strip();
    }
}
