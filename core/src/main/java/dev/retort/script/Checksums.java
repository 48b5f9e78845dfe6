package dev.retort.script;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Versioned checksums: {@code 1:} + SHA-256 hex. The {@code 1:} prefix never changes meaning. */
public final class Checksums {

    /** The version prefix of every checksum. */
    public static final String VERSION_PREFIX = "1:";

    private Checksums() {
    }

    /**
     * {@return the checksum of a SQL revision's upgrade and downgrade text, insensitive to BOM and line endings}
     * A large section (over 64 K characters) is hashed as it is read, without a normalized copy, so it costs no
     * extra memory.
     *
     * @param upgrade the upgrade section
     * @param downgrade the downgrade section, or {@code null} when irreversible
     */
    public static String ofSections(CharSequence upgrade, CharSequence downgrade) {
        Digest digest = digest();
        feed(upgrade, digest);
        digest.update((byte) 0);
        if (downgrade == null) {
            digest.update(IRREVERSIBLE, 0, IRREVERSIBLE.length);
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
    private static void feed(CharSequence text, Digest digest) {
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
                byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
                digest.update(bytes, 0, bytes.length);
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
        private final Digest digest;
        private final byte[] buffer;
        private int size;

        Utf8(Digest digest, int capacity) {
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
        Digest digest = digest();
        digest.update(bytes, 0, bytes.length);
        return hex(digest.digest());
    }
    /** The SHA-256 of one checksum. */
    interface Digest {
        void update(byte b);

        void update(byte[] bytes, int offset, int length);

        byte[] digest();
    }

    /**
     * Checksums computed in this JVM so far, to pick the implementation: a start's first thousands of files are
     * hashed by {@link Sha256}, plain Java that the first compiler tier handles; after that the JDK's provider, whose
     * {@code VarHandle} reads are slow until compiled but which then runs on the CPU's SHA instructions (a process
     * that loads 10,000 revisions again and again). Both give the same digest; the count need not be exact.
     */
    private static int computed;

    private static final int COLD = 4096;

    private static Digest digest() {
        if (computed < COLD) {
            computed++;
            return new Sha256();
        }
        return Jdk.create();
    }

    /** The JDK's SHA-256, cloned from a prototype looked up once (when first used). */
    private static final class Jdk implements Digest {
        private static final MessageDigest PROTOTYPE = lookUp();
        private final MessageDigest digest;

        private Jdk(MessageDigest digest) {
            this.digest = digest;
        }

        static Digest create() {
            try {
                return new Jdk((MessageDigest) PROTOTYPE.clone());
            } catch (CloneNotSupportedException e) {
                return new Jdk(lookUp());
            }
        }

        private static MessageDigest lookUp() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is required by every Java platform", e);
            }
        }

        @Override
        public void update(byte b) {
            digest.update(b);
        }

        @Override
        public void update(byte[] bytes, int offset, int length) {
            digest.update(bytes, offset, length);
        }

        @Override
        public byte[] digest() {
            return digest.digest();
        }
    }
}
