package dev.retort.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Range;
import picocli.CommandLine.ScopeType;

/**
 * Registers {@code retort}'s subcommands. Building a command's picocli model reflects over its options and mixins and
 * was most of a short run's start-up, so a run registers the command it invokes only, with its full model. A command
 * line naming no command ({@code --version}, a typo) gets stubs holding the name and description each {@code @Command}
 * annotation gives, which is all the root's help, its error messages and their suggestions read. When the command line
 * cannot be read with certainty (an unknown option before the command, an {@code @file}, {@code --}), every command
 * gets its full model, as before.
 */
final class Subcommands {

    private Subcommands() {
    }

    /**
     * Registers every subcommand with its full model (the reference in docs/cli.md, tests).
     *
     * @param root the {@code retort} command line
     */
    static void registerAll(CommandLine root) {
        RetortCli.SUBCOMMANDS.forEach(root::addSubcommand);
    }

    /**
     * Registers the subcommand {@code args} invoke with its full model and the others as stubs.
     *
     * @param root the {@code retort} command line, without subcommands yet
     * @param args the command line
     */
    static void registerFor(CommandLine root, String[] args) {
        Invoked invoked = invoked(root.getCommandSpec(), args);
        if (invoked.unsure()) {
            registerAll(root);
            return;
        }
        if (invoked.name() != null) {
            // past the command's name only its own model is read: picocli offers no sibling in errors or help
            root.addSubcommand(RetortCli.SUBCOMMANDS.get(RetortCli.SUBCOMMAND_NAMES.indexOf(invoked.name())));
            return;
        }
        // The stubs are added while the root's scope is LOCAL: they need none of its inherited attributes, whose
        // copying calls the version provider (which initialises the engine's logging). Help and errors read neither.
        CommandSpec spec = root.getCommandSpec();
        ScopeType scope = spec.scopeType();
        spec.scopeType(ScopeType.LOCAL);
        try {
            for (Class<?> type : RetortCli.SUBCOMMANDS) {
                Command command = type.getAnnotation(Command.class);
                root.addSubcommand(command.name(), new CommandLine(stub(command)), command.aliases());
            }
        } finally {
            spec.scopeType(scope);
        }
    }

    /**
     * The subcommand a command line invokes: {@code name} null when it names none (then picocli reports that, or
     * prints the root's help or version); {@code unsure} when only picocli's full parse can tell.
     */
    record Invoked(String name, boolean unsure) {
    }

    /**
     * {@return the subcommand {@code args} invoke: the first word that is not a global option or its value}
     *
     * @param root the root command's model (its options only)
     * @param args the command line
     */
    static Invoked invoked(CommandSpec root, String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("@") || arg.equals("--")) {
                return new Invoked(null, true);
            }
            if (arg.startsWith("-") && arg.length() > 1) {
                if (arg.startsWith("--") && arg.contains("=")) {
                    continue;
                }
                OptionSpec option = root.findOption(arg);
                if (option == null) {
                    // an unknown or clustered option ('-hV', '-xname=value'): leave it to the full parse
                    return new Invoked(null, true);
                }
                Range arity = option.arity();
                if (arity.min() != arity.max()) {
                    return new Invoked(null, true);
                }
                i += arity.max();
                continue;
            }
            return RetortCli.SUBCOMMAND_NAMES.contains(arg) ? new Invoked(arg, false) : new Invoked(null, false);
        }
        return new Invoked(null, false);
    }

    /** A command's name, aliases and description, without its options: what the root's help lists. */
    private static CommandSpec stub(Command command) {
        CommandSpec spec = CommandSpec.create().name(command.name()).aliases(command.aliases());
        spec.usageMessage().description(command.description()).header(command.header()).hidden(command.hidden());
        return spec;
    }
}
