package dev.retort.cli;

import dev.retort.cli.config.Secrets;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Reports a command's error as one clear message on stderr (stack trace only with --verbose) and maps it to an exit code. */
final class ErrorReporter implements IExecutionExceptionHandler {

    private final RetortCli root;

    ErrorReporter(RetortCli root) {
        this.root = root;
    }

    @Override
    public int handleExecutionException(Exception error, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        String message = error.getMessage() == null ? error.toString() : error.getMessage();
        err.println("retort: error: " + Secrets.maskUrl(message));
        if (root.verbose()) {
            error.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.of(error);
    }
}
