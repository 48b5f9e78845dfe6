package dev.retort.command;

import dev.retort.RetortException;

/** An applied revision's script changed since it ran. */
public class ChecksumMismatchException extends RetortException {

    public ChecksumMismatchException(String message) {
        super(message);
    }
}
