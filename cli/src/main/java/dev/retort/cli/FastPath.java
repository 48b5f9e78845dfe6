package dev.retort.cli;

import dev.retort.cli.commands.FastOptions;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Runs the everyday commands, {@code current} and {@code upgrade}, without picocli. Building picocli's models of the
 * root and the command (reflection over their annotations, annotation proxies) cost a short run about as much as
 * everything before the database. A command line is read here only when that is certain: known options, each once,
 * values that do not look like options or commands. The same fields picocli would set are set on the same annotated
 * classes, and errors are reported by the same {@link ErrorReporter}. Anything else ({@code --help}, an unknown or
 * repeated option, a missing value, {@code @file}, {@code --}) returns null and picocli reads the line, reporting or
 * running it as before. FastPathTest holds both readings equal.
 */
final class FastPath {

    /** The global options taking one value: {@link RetortCli}'s string options. */
    static final Set<String> GLOBAL_VALUES = Set.of("--url", "--user", "--password", "--locations", "--schema",
            "--version-table", "--history-table", "--dialect", "--autogenerate-schema",
            "--autogenerate-exclude-tables");

    /** The global options taking none. */
    static final Set<String> GLOBAL_FLAGS = Set.of("--no-placeholders", "--json", "--verbose");

    /** The placeholder option, {@code -x name=value}, repeatable. */
    static final String PLACEHOLDER = "-x";

    private FastPath() {
    }

    /** A command line read without picocli: the root with its global options, the command with its own. */
    record Read(RetortCli root, Callable<Integer> command) {
    }

    /**
     * Runs {@code args} when they invoke a command read here.
     *
     * @return the exit code, or null when picocli is to read the command line
     */
    static Integer run(String[] args, CliEnvironment environment) {
        if (HelpText.picocliConfigured()) {
            return null;
        }
        Read read = read(args, new RetortCli(environment));
        if (read == null) {
            return null;
        }
        try {
            Integer code = read.command().call();
            return code == null ? ExitCodes.OK : code;
        } catch (Exception e) {
            // as picocli's execute: an Exception goes to the handler, an Error propagates
            return new ErrorReporter(read.root()).report(e, new PrintWriter(environment.err(), true,
                    StandardCharsets.UTF_8));
        }
    }

    /**
     * Prints {@code retort --version} (or {@code -V}) alone as picocli prints it, without picocli's model.
     *
     * @return whether it printed the version (exit code 0)
     */
    static boolean printVersion(String[] args, CliEnvironment environment) {
        if (args.length != 1 || !(args[0].equals("--version") || args[0].equals("-V")) || HelpText.picocliConfigured()) {
            return false;
        }
        String[] lines = new VersionProvider().getVersion();
        for (String line : lines) {
            if (line.indexOf('%') >= 0 || line.contains("@|")) {
                return false; // picocli would format or style it
            }
        }
        PrintWriter out = new PrintWriter(environment.out(), true, StandardCharsets.UTF_8);
        for (String line : lines) {
            out.println(line);
        }
        out.flush();
        return true;
    }

    /**
     * {@return {@code args} read onto {@code root} and a new command, or null when only picocli can read them}
     *
     * @param args the command line
     * @param root the {@code retort} command, its options unset
     */
    static Read read(String[] args, RetortCli root) {
        Callable<Integer> command = null;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.isEmpty() || arg.charAt(0) == '@') {
                return null;
            }
            if (arg.charAt(0) != '-') {
                if (command == null) {
                    command = RetortCli.SUBCOMMAND_NAMES.contains(arg) ? FastOptions.command(arg, root) : null;
                    if (command == null) {
                        return null;
                    }
                } else if (!FastOptions.positional(command, arg)) { // the commands read here have no subcommands
                    return null;
                }
                continue;
            }
            String name = arg;
            String value = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
                if (value.isEmpty()) {
                    return null;
                }
            }
            if (!seen.add(name) && !name.equals(PLACEHOLDER)) {
                return null; // picocli refuses a repeated option
            }
            int arity = GLOBAL_VALUES.contains(name) || name.equals(PLACEHOLDER) ? FastOptions.VALUE
                    : GLOBAL_FLAGS.contains(name) ? FastOptions.FLAG
                    : command == null ? FastOptions.UNKNOWN : FastOptions.arity(command, name);
            if (arity == FastOptions.UNKNOWN || (arity == FastOptions.FLAG && value != null)) {
                return null;
            }
            if (arity == FastOptions.VALUE && value == null) {
                if (i + 1 == args.length) {
                    return null;
                }
                value = args[++i];
                if (value.isEmpty() || value.charAt(0) == '-' || value.charAt(0) == '@'
                        || RetortCli.SUBCOMMAND_NAMES.contains(value)) {
                    return null;
                }
            }
            if (!(command != null && FastOptions.arity(command, name) != FastOptions.UNKNOWN
                    ? FastOptions.set(command, name, value) : root.setGlobal(name, value))) {
                return null;
            }
        }
        return command != null && FastOptions.complete(command) ? new Read(root, command) : null;
    }
}
