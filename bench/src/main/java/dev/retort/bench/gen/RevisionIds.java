package dev.retort.bench.gen;

/** Deterministic Alembic-looking revision ids (12 hex digits) derived from an index, distinct per index. */
public final class RevisionIds {

    private static final long MASK_48 = (1L << 48) - 1;

    private RevisionIds() {
    }

    /** A bijection on 48-bit values, so two indexes never share an id; the result looks random. */
    public static String of(long seed, int index) {
        long x = (index * 0x9E3779B97F4BL + seed * 0x5DEECE66DL) & MASK_48;
        x = (x ^ (x >>> 21)) & MASK_48;
        x = (x * 0xD6E8FEB86659FDL) & MASK_48;
        x = (x ^ (x >>> 17)) & MASK_48;
        return String.format("%012x", x);
    }
}
