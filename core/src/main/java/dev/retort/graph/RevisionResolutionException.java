package dev.retort.graph;

import dev.retort.RetortException;
import java.util.List;

/** An identifier does not name what the command needs (unknown, ambiguous, several heads, bad range). */
public class RevisionResolutionException extends RetortException {

    private final List<String> candidates;

    public RevisionResolutionException(String message) {
        this(message, List.of());
    }

    public RevisionResolutionException(String message, List<String> candidates) {
        super(message);
        this.candidates = List.copyOf(candidates);
    }

    /** For ambiguous prefixes and multiple heads: the revisions the identifier could mean. */
    public List<String> candidates() {
        return candidates;
    }
}
