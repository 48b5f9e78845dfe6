package dev.retort.script;

import java.nio.charset.StandardCharsets;

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
        Sha256 digest = new Sha256();
        feed(upgrade, digest);
        digest.update((byte) 0);
        if (downgrade == null) {
            digest.update(IRREVERSIBLE);
        } else {
            feed(downgrade, digest);
        }
        return hex(digest.digest());
    }

    /** What follows the NUL after the upgrade section of an irreversible revision. */
    private static final byte[] IRREVERSIBLE = "\u0000irreversible".getBytes(StandardCharsets.UTF_8);

    /**
     * Feeds the normalized text's UTF-8 bytes (BOM dropped, stripped, CR LF and CR as LF) to the digest. A section of
     * usual size without a CR (the parser has replaced them) is hashed as {@code String.getBytes(UTF_8)} of its
     * stripped range, which encodes exactly as the loop below (a lone surrogate as {@code ?}) but in the JDK's array
     * code: a cold start hashes 1,000 files before the JIT has compiled a per-character loop.
     */
    private static void feed(CharSequence text, Sha256 digest) {
        int start = text.length() > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return;
        }
        if (end - start <= SMALL && (text instanceof String || text instanceof StringBuilder
                || text instanceof SqlRevisionParser.Range)) {
            String s = text.subSequence(start, end).toString();
            if (s.indexOf('\r') < 0) {
                digest.update(s.getBytes(StandardCharsets.UTF_8));
                return;
            }
        }
        // large or unusual text: through a small buffer, without a normalized copy
        long chars = (long) end - start;
        Utf8 out = new Utf8(digest, (int) Math.min(8192, 3 * chars + 32));
        normalized(text, start, end, out);
        out.flush();
    }

    /** Sections up to this many characters are copied once to be hashed; larger ones are streamed. */
    private static final int SMALL = 1 << 16;

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** {@code 1:} and lower-case hex, as {@code HexFormat.of().formatHex} writes it. */
    private static String hex(byte[] hash) {
        char[] out = new char[VERSION_PREFIX.length() + 2 * hash.length];
        out[0] = '1';
        out[1] = ':';
        for (int i = 0; i < hash.length; i++) {
            out[2 + 2 * i] = HEX[(hash[i] >> 4) & 0xF];
            out[3 + 2 * i] = HEX[hash[i] & 0xF];
        }
        return new String(out);
    }

    /** Feeds the stripped range {@code [start, end)} of {@code text} to {@code out}, CR LF and CR as LF. */
    private static void normalized(CharSequence text, int start, int end, Utf8 out) {
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
        private final Sha256 digest;
        private final byte[] buffer;
        private int size;

        Utf8(Sha256 digest, int capacity) {
            this.digest = digest;
            this.buffer = new byte[capacity];
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

    /**
     * {@return the checksum of {@code bytes}}
     *
     * @param bytes the content
     */
    public static String of(byte[] bytes) {
        Sha256 digest = new Sha256();
        digest.update(bytes);
        return hex(digest.digest());
    }
}
