package dev.retort.cli.commands;

import dev.retort.cli.CliUsageException;
import dev.retort.cli.ExitCodes;
import dev.retort.command.RevisionCommand;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code revision -m "msg"}: writes a new revision file. */
@Command(name = "revision", description = "Create a new revision file on top of the current head.")
public final class RevisionCli extends CliCommand {

    @Option(names = {"-m", "--message"}, description = "Message of the revision (also its file name).")
    String message;

    @Option(names = "--autogenerate", description = "Compare the database with the model (not yet available).")
    boolean autogenerate;

    @Option(names = "--head", paramLabel = "<rev>", defaultValue = "head",
            description = "Revision to build on: a head, <label>@head, base, or with --splice any revision "
                    + "(default: ${DEFAULT-VALUE}).")
    String head;

    @Option(names = "--splice", description = "Allow --head to name a revision that is not a head (starts a branch).")
    boolean splice;

    @Option(names = "--branch-label", split = ",", paramLabel = "<label>",
            description = "Branch label(s) for the new revision.")
    List<String> branchLabels;

    @Option(names = "--depends-on", split = ",", paramLabel = "<rev>",
            description = "Revision(s) or branch label(s) the new revision depends on.")
    List<String> dependsOn;

    @Option(names = "--rev-id", paramLabel = "<id>", description = "Revision id to use instead of a random one.")
    String revId;

    @Override
    public Integer call() {
        if (autogenerate) {
            throw new CliUsageException("--autogenerate is not yet available in this version of Retort; write the "
                    + "SQL by hand in the revision created without it");
        }
        RevisionCommand.Result result = retort().revision(new RevisionCommand.Request(message, head, splice,
                branchLabels, dependsOn, revId, null, null));
        out().println("Generating " + result.file() + " ... done");
        return ExitCodes.OK;
    }
}
