package dev.retort.graph;

import dev.retort.RetortException;

/** A downgrade plan would pass through a revision that has no downgrade section. */
public class IrreversibleRevisionException extends RetortException {

    /** @param message the irreversible revision and what to do instead */
    public IrreversibleRevisionException(String message) {
        super(message);
    }
}
