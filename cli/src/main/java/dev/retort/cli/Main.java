package dev.retort.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import picocli.CommandLine;

/** Entry point of the {@code retort} command line. */
public final class Main {

    /**
     * picocli looks up its converters for java.sql and java.time types by reflection for every command line it builds;
     * no option of the CLI has such a type, so the CLI excludes them.
     */
    static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";

    private Main() {
    }

    /**
     * Runs the CLI with the process's streams, environment and working directory, then exits with its code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        Logging.configure(args);
        if (System.getProperty(CONVERTER_EXCLUDES) == null) {
            System.setProperty(CONVERTER_EXCLUDES, "java\\.(sql|time)\\..*");
        }
        CliEnvironment environment = new CliEnvironment(System.out, System.err, System.getenv(),
                Path.of("").toAbsolutePath(), System.console() != null);
        System.exit(run(args, environment));
    }

    /**
     * Runs the CLI without exiting.
     *
     * @param args the command line
     * @param out standard output
     * @param err standard error
     * @param env the environment variables
     * @param workingDir the directory relative paths are resolved against
     * @return the exit code (see {@link ExitCodes})
     */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env, Path workingDir) {
        return run(args, new CliEnvironment(out, err, env, workingDir, false));
    }

    /**
     * Runs the CLI in {@code environment}.
     *
     * @param args the command line
     * @param environment the streams, environment variables and working directory
     * @return the exit code
     */
    public static int run(String[] args, CliEnvironment environment) {
        return run(args, environment, true);
    }

    /** {@link #run(String[], CliEnvironment)}, with the fast path for current and upgrade on or (tests) off. */
    static int run(String[] args, CliEnvironment environment, boolean fastPath) {
        if (HelpText.printIfRequested(args, environment)) {
            environment.out().flush();
            return ExitCodes.OK;
        }
        if (fastPath && FastPath.printVersion(args, environment)) {
            return ExitCodes.OK;
        }
        Integer fast = fastPath ? FastPath.run(args, environment) : null;
        if (fast != null) {
            environment.out().flush();
            environment.err().flush();
            return fast;
        }
        CommandLine cli = commandLine(environment, root -> Subcommands.registerFor(root, args));
        int code = cli.execute(args);
        environment.out().flush();
        environment.err().flush();
        return code;
    }

    /**
     * {@return the configured picocli command line (also used to render the reference in docs/cli.md)}
     *
     * @param environment the streams, environment variables and working directory the commands use
     */
    public static CommandLine commandLine(CliEnvironment environment) {
        return commandLine(environment, Subcommands::registerAll);
    }

    static CommandLine commandLine(CliEnvironment environment, Consumer<CommandLine> subcommands) {
        RetortCli root = new RetortCli(environment);
        CommandLine cli = new CommandLine(root);
        subcommands.accept(cli);
        cli.setOut(new PrintWriter(environment.out(), true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(environment.err(), true, StandardCharsets.UTF_8));
        ErrorReporter errors = new ErrorReporter(root);
        cli.setExecutionExceptionHandler(errors);
        cli.setParameterExceptionHandler(errors);
        HelpLayout.apply(cli);
        return cli;
    }
}
