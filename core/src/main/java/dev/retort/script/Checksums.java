package dev.retort.script;

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
     * The text is hashed as it is read, without a normalized copy, so a large section costs no extra memory.
     *
     * @param upgrade the upgrade section
     * @param downgrade the downgrade section, or {@code null} when irreversible
     */
    public static String ofSections(CharSequence upgrade, CharSequence downgrade) {
        MessageDigest digest = sha256();
        // a revision file is usually a few hundred bytes: a buffer of its size, not 8 KB per file
        long chars = (long) upgrade.length() + (downgrade == null ? 0 : downgrade.length());
        Utf8 out = new Utf8(digest, (int) Math.min(8192, 3 * chars + 32));
        normalized(upgrade, out);
        out.put('\u0000');
        if (downgrade == null) {
            out.put("\u0000irreversible");
        } else {
            normalized(downgrade, out);
        }
        out.flush();
        return VERSION_PREFIX + HexFormat.of().formatHex(digest.digest());
    }

    /** Feeds {@link #normalize}'s result for {@code text} to {@code out}: BOM dropped, CR LF and CR as LF, stripped. */
    private static void normalized(CharSequence text, Utf8 out) {
        int start = text.length() > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < end && text.charAt(i + 1) == '\n') {
                    i++;
                }
                c = '\n';
            }
            if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.put(Character.toCodePoint(c, text.charAt(++i)));
            } else {
                out.put(Character.isSurrogate(c) ? '?' : c); // as String.getBytes encodes a lone surrogate
            }
        }
    }

    /** UTF-8 into a digest through a small buffer. */
    private static final class Utf8 {
        private final MessageDigest digest;
        private final byte[] buffer;
        private int size;

        Utf8(MessageDigest digest, int capacity) {
            this.digest = digest;
            this.buffer = new byte[capacity];
        }

        void put(String s) {
            s.codePoints().forEach(this::put);
        }

        void put(int cp) {
            if (size > buffer.length - 4) {
                flush();
            }
            if (cp < 0x80) {
                buffer[size++] = (byte) cp;
            } else if (cp < 0x800) {
                buffer[size++] = (byte) (0xC0 | cp >> 6);
                buffer[size++] = (byte) (0x80 | cp & 0x3F);
            } else if (cp < 0x10000) {
                buffer[size++] = (byte) (0xE0 | cp >> 12);
                buffer[size++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buffer[size++] = (byte) (0x80 | cp & 0x3F);
            } else {
                buffer[size++] = (byte) (0xF0 | cp >> 18);
                buffer[size++] = (byte) (0x80 | cp >> 12 & 0x3F);
                buffer[size++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buffer[size++] = (byte) (0x80 | cp & 0x3F);
            }
        }

        void flush() {
            digest.update(buffer, 0, size);
            size = 0;
        }
    }

    /** Cloned for each checksum: cheaper than looking the algorithm up in the providers for every file. */
    private static final MessageDigest PROTOTYPE = lookUp();

    private static MessageDigest sha256() {
        try {
            return (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            return lookUp();
        }
    }

    private static MessageDigest lookUp() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /**
     * {@return the checksum of {@code bytes}}
     *
     * @param bytes the content
     */
    public static String of(byte[] bytes) {
        return VERSION_PREFIX + HexFormat.of().formatHex(sha256().digest(bytes));
    }
}
