package dev.retort.cli;

import dev.retort.RetortException;

/** The command line asks for something the CLI cannot do as given (exit code 2); the message says what to pass. */
public class CliUsageException extends RetortException {

    /** @param message what is wrong with the command line */
    public CliUsageException(String message) {
        super(message);
    }
}
