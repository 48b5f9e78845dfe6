package dev.retort.graph;

import dev.retort.RetortException;

/** A downgrade plan would pass through a revision that has no downgrade section. */
public class IrreversibleRevisionException extends RetortException {

    public IrreversibleRevisionException(String message) {
        super(message);
    }
}
