package dev.retort.cli;

import dev.retort.config.ResolvedConfig;
import dev.retort.config.Secrets;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports errors as one clear message on stderr and maps them to exit codes: a command's error (stack
 * trace only with --verbose) by its type, a command-line mistake as a usage error with a pointer to --help.
 */
final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {

    private final RetortCli root;

    ErrorReporter(RetortCli root) {
        this.root = root;
    }

    @Override
    public int handleExecutionException(Exception error, CommandLine command, ParseResult parseResult) {
        return report(error, command.getErr());
    }

    /**
     * Reports a command's error on {@code err}.
     *
     * @return the exit code for {@code error}
     */
    int report(Exception error, PrintWriter err) {
        String message = error.getMessage() == null ? error.toString() : error.getMessage();
        List<String> secrets = secrets();
        err.println("retort: error: " + Secrets.redact(message, secrets));
        if (root.verbose()) {
            Secrets.redact(error, secrets).printStackTrace(err);
        }
        err.flush();
        return ExitCodes.of(error);
    }

    /** The password and URL credentials from whichever source set them; none when the settings cannot be read. */
    private List<String> secrets() {
        try {
            ResolvedConfig config = root.config();
            return Secrets.secretsOf(config.get("url"), config.get("password"));
        } catch (RuntimeException unreadable) {
            return List.of();
        }
    }

    @Override
    public int handleParseException(ParameterException error, String[] args) {
        CommandLine command = error.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("retort: error: " + error.getMessage());
        UnmatchedArgumentException.printSuggestions(error, err);
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for usage.");
        err.flush();
        return ExitCodes.USAGE;
    }
}
