package dev.retort.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;

/** Entry point of the {@code retort} command line. */
public final class Main {

    private Main() {
    }

    /** Runs the CLI with the process's streams, environment and working directory, then exits with its code. */
    public static void main(String[] args) {
        Logging.configure(args);
        CliEnvironment environment = new CliEnvironment(System.out, System.err, System.getenv(),
                Path.of("").toAbsolutePath(), System.console() != null);
        System.exit(run(args, environment));
    }

    /** Runs the CLI without exiting; returns the exit code (see {@link ExitCodes}). */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env, Path workingDir) {
        return run(args, new CliEnvironment(out, err, env, workingDir, false));
    }

    /** Runs the CLI in {@code environment}; returns the exit code. */
    public static int run(String[] args, CliEnvironment environment) {
        CommandLine cli = commandLine(environment);
        int code = cli.execute(args);
        environment.out().flush();
        environment.err().flush();
        return code;
    }

    /** The configured picocli command line (also used to render the reference in docs/cli.md). */
    public static CommandLine commandLine(CliEnvironment environment) {
        RetortCli root = new RetortCli(environment);
        CommandLine cli = new CommandLine(root);
        cli.setOut(new PrintWriter(environment.out(), true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(environment.err(), true, StandardCharsets.UTF_8));
        ErrorReporter errors = new ErrorReporter(root);
        cli.setExecutionExceptionHandler(errors);
        cli.setParameterExceptionHandler(errors);
        HelpLayout.apply(cli);
        return cli;
    }
}
