package dev.retort.cli.commands;

import java.util.concurrent.Callable;

/**
 * The options of {@code current} and {@code upgrade} for the CLI's reading of a command line without picocli
 * ({@code dev.retort.cli.FastPath}): the fields picocli sets from these classes' annotations, which stay the
 * definition (FastPathTest holds both readings equal). Plain switches, no reflection: that is the point.
 */
public final class FastOptions {

    /** An option taking no value. */
    public static final int FLAG = 0;
    /** An option taking one value. */
    public static final int VALUE = 1;
    /** Not an option of the command. */
    public static final int UNKNOWN = -1;

    private FastOptions() {
    }

    /**
     * {@return the command {@code name} with picocli's defaults and {@code root} as its parent; null when it has no
     * fast path}
     *
     * @param name the command's name
     * @param root the {@code retort} command
     */
    public static Callable<Integer> command(String name, Object root) {
        CliCommand command;
        if (name.equals("current")) {
            CurrentCli current = new CurrentCli();
            current.schemas = schemaOptions();
            command = current;
        } else if (name.equals("upgrade")) {
            UpgradeCli upgrade = new UpgradeCli();
            upgrade.options = new MigrateOptions();
            upgrade.schemas = schemaOptions();
            command = upgrade;
        } else {
            return null;
        }
        command.parent = root;
        return command;
    }

    private static SchemaOptions schemaOptions() {
        SchemaOptions options = new SchemaOptions();
        options.parallel = 1; // its @Option's defaultValue
        return options;
    }

    /**
     * {@return {@link #FLAG}, {@link #VALUE} or {@link #UNKNOWN}: what {@code option} is to {@code command}, global
     * options aside}
     *
     * @param command a command from {@link #command}
     * @param option an option name as written
     */
    public static int arity(Callable<Integer> command, String option) {
        if (option.equals("--schemas") || option.equals("--parallel")) {
            return VALUE;
        }
        if (command instanceof CurrentCli) {
            return option.equals("-v") || option.equals("--check-heads") ? FLAG : UNKNOWN;
        }
        return option.equals("--sql") || option.equals("--dry-run") ? FLAG : UNKNOWN;
    }

    /**
     * Sets one of {@code command}'s options.
     *
     * @param command a command from {@link #command}
     * @param option an option for which {@link #arity} is not {@link #UNKNOWN}
     * @param value its value; null for a flag
     * @return false when the value is not one read here exactly as picocli reads it (then picocli reads the line)
     */
    public static boolean set(Callable<Integer> command, String option, String value) {
        SchemaOptions schemas = command instanceof CurrentCli current ? current.schemas
                : ((MigratingCommand) command).schemas;
        switch (option) {
            case "--schemas" -> schemas.schemas = value;
            case "--parallel" -> {
                // picocli's int conversion, for the plain decimal numbers it reads the same way
                if (value.isEmpty() || value.length() > 9 || !digits(value)) {
                    return false;
                }
                schemas.parallel = Integer.parseInt(value);
            }
            case "-v" -> ((CurrentCli) command).verbose = true;
            case "--check-heads" -> ((CurrentCli) command).checkHeads = true;
            case "--sql" -> ((MigratingCommand) command).options.sql = true;
            case "--dry-run" -> ((MigratingCommand) command).options.dryRun = true;
            default -> {
                return false;
            }
        }
        return true;
    }

    private static boolean digits(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Takes a positional parameter.
     *
     * @param command a command from {@link #command}
     * @param value the parameter
     * @return false when the command takes no further one (picocli then reports it)
     */
    public static boolean positional(Callable<Integer> command, String value) {
        if (command instanceof UpgradeCli upgrade && upgrade.target == null) {
            upgrade.target = value;
            return true;
        }
        return false;
    }

    /**
     * {@return whether {@code command} has every parameter it requires (else picocli reports the missing one)}
     *
     * @param command a command from {@link #command}
     */
    public static boolean complete(Callable<Integer> command) {
        return !(command instanceof UpgradeCli upgrade) || upgrade.target != null;
    }
}
