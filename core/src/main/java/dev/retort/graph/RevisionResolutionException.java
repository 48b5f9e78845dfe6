package dev.retort.graph;

import dev.retort.RetortException;
import java.util.List;

/** An identifier does not name what the command needs (unknown, ambiguous, several heads, bad range). */
public class RevisionResolutionException extends RetortException {

    /** The revisions the identifier could mean; empty when it means none. */
    private final List<String> candidates;

    /** @param message the identifier and why it does not resolve */
    public RevisionResolutionException(String message) {
        this(message, List.of());
    }

    /**
     * @param message the identifier and why it does not resolve
     * @param candidates the revisions it could mean
     */
    public RevisionResolutionException(String message, List<String> candidates) {
        super(message);
        this.candidates = List.copyOf(candidates);
    }

    /** {@return for ambiguous prefixes and multiple heads: the revisions the identifier could mean} */
    public List<String> candidates() {
        return candidates;
    }
}
