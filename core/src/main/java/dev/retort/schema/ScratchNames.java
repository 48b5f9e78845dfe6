package dev.retort.schema;

import java.util.UUID;

/** Names for scratch schemas: a fixed prefix, so leftovers are easy to recognise, and a random tail. */
final class ScratchNames {

    static final String PREFIX = "retort_scratch_";

    private ScratchNames() {
    }

    static String next() {
        return PREFIX + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
