package dev.retort.graph;

import dev.retort.RetortException;

/** The revisions do not form a valid graph (duplicate id, unknown parent, cycle, label clash). */
public class RevisionGraphException extends RetortException {

    /** @param message the problem and the file it is in */
    public RevisionGraphException(String message) {
        super(message);
    }
}
