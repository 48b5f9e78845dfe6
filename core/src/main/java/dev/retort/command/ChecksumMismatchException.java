package dev.retort.command;

import dev.retort.RetortException;

/** An applied revision's script changed since it ran. */
public class ChecksumMismatchException extends RetortException {

    /** @param message the revision, its file and both checksums */
    public ChecksumMismatchException(String message) {
        super(message);
    }
}
