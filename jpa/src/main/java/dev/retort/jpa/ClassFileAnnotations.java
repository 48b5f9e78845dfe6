package dev.retort.jpa;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the class-level runtime annotations of a class file without loading it (JVMS §4). A class whose constant pool
 * names none of the wanted annotation types is rejected right after the pool, which is most of a project's classes.
 */
final class ClassFileAnnotations {

    /** The class's binary name and the wanted annotation types it carries (descriptors, e.g. {@code Lx/Y;}). */
    record Found(String className, List<String> annotations) {
    }

    private static final int MAGIC = 0xCAFEBABE;

    private final byte[][] wanted;

    /** @param wantedDescriptors annotation type descriptors such as {@code Ljakarta/persistence/Entity;} */
    ClassFileAnnotations(List<String> wantedDescriptors) {
        this.wanted = wantedDescriptors.stream().map(d -> d.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
    }

    /** The wanted annotations on the class in {@code b}, or null when it has none of them. */
    Found read(byte[] b, String source) {
        Reader r = new Reader(b, source);
        if (r.u4() != MAGIC) {
            throw new IllegalArgumentException(source + " is not a class file");
        }
        r.skip(4);
        int count = r.u2();
        int[] utf8 = new int[count];
        int[] classIndex = new int[count];
        boolean any = false;
        for (int i = 1; i < count; i++) {
            int tag = r.u1();
            switch (tag) {
                case 1 -> {
                    utf8[i] = r.pos;
                    int length = r.u2();
                    any |= isWanted(b, r.pos, length);
                    r.skip(length);
                }
                case 7 -> classIndex[i] = r.u2();
                case 8, 16, 19, 20 -> r.skip(2);
                case 15 -> r.skip(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> r.skip(4);
                case 5, 6 -> {
                    r.skip(8);
                    i++;
                }
                default -> throw new IllegalArgumentException(source + ": unknown constant pool tag " + tag);
            }
        }
        if (!any) {
            return null;
        }
        r.skip(2);
        String className = string(b, utf8[classIndex[r.u2()]]).replace('/', '.');
        r.skip(2);
        r.skip(2 * r.u2());
        for (int members = 0; members < 2; members++) {
            int n = r.u2();
            for (int i = 0; i < n; i++) {
                r.skip(6);
                skipAttributes(r);
            }
        }
        List<String> found = new ArrayList<>();
        int attributes = r.u2();
        for (int i = 0; i < attributes; i++) {
            String name = string(b, utf8[r.u2()]);
            int length = r.u4();
            int end = r.pos + length;
            if (name.equals("RuntimeVisibleAnnotations")) {
                int n = r.u2();
                for (int a = 0; a < n; a++) {
                    int type = utf8[r.u2()];
                    if (isWanted(b, type + 2, ((b[type] & 0xFF) << 8) | (b[type + 1] & 0xFF))) {
                        found.add(string(b, type));
                    }
                    skipPairs(r);
                }
            }
            r.pos = end;
        }
        return found.isEmpty() ? null : new Found(className, found);
    }

    private boolean isWanted(byte[] b, int offset, int length) {
        for (byte[] w : wanted) {
            if (w.length == length && Arrays.equals(b, offset, offset + length, w, 0, length)) {
                return true;
            }
        }
        return false;
    }

    private static void skipAttributes(Reader r) {
        int n = r.u2();
        for (int i = 0; i < n; i++) {
            r.skip(2);
            r.skip(r.u4());
        }
    }

    private static void skipPairs(Reader r) {
        int pairs = r.u2();
        for (int p = 0; p < pairs; p++) {
            r.skip(2);
            skipElementValue(r);
        }
    }

    private static void skipElementValue(Reader r) {
        int tag = r.u1();
        switch (tag) {
            case 'B', 'C', 'D', 'F', 'I', 'J', 'S', 'Z', 's', 'c' -> r.skip(2);
            case 'e' -> r.skip(4);
            case '@' -> {
                r.skip(2);
                skipPairs(r);
            }
            case '[' -> {
                int n = r.u2();
                for (int i = 0; i < n; i++) {
                    skipElementValue(r);
                }
            }
            default -> throw new IllegalArgumentException(r.source + ": unknown annotation element tag " + tag);
        }
    }

    /** The constant-pool UTF-8 entry whose length field starts at {@code offset} (ASCII in practice: names). */
    private static String string(byte[] b, int offset) {
        int length = ((b[offset] & 0xFF) << 8) | (b[offset + 1] & 0xFF);
        return new String(b, offset + 2, length, StandardCharsets.UTF_8);
    }

    private static final class Reader {
        final byte[] b;
        final String source;
        int pos;

        Reader(byte[] b, String source) {
            this.b = b;
            this.source = source;
        }

        int u1() {
            return b[pos++] & 0xFF;
        }

        int u2() {
            int v = ((b[pos] & 0xFF) << 8) | (b[pos + 1] & 0xFF);
            pos += 2;
            return v;
        }

        int u4() {
            int v = ((b[pos] & 0xFF) << 24) | ((b[pos + 1] & 0xFF) << 16) | ((b[pos + 2] & 0xFF) << 8) | (b[pos + 3] & 0xFF);
            pos += 4;
            return v;
        }

        void skip(int n) {
            pos += n;
        }
    }
}
