package dev.retort.cli.commands;

import dev.retort.cli.ExitCodes;
import dev.retort.command.AutogenerateCommand;
import dev.retort.command.RevisionCommand;
import dev.retort.schema.diff.SchemaDiff;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code revision -m "msg"}: writes a new revision file; with {@code --autogenerate}, its SQL comes from core's schema diff. */
@Command(name = "revision", description = "Create a new revision file on top of the current head.")
public final class RevisionCli extends CliCommand {

    @Option(names = {"-m", "--message"}, description = "Message of the revision (also its file name).")
    String message;

    @Option(names = "--autogenerate", description = "Compare the database (at head) with the target schema "
            + "(--autogenerate-schema) and write the differences as the revision's SQL.")
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
        RevisionCommand.Request request = new RevisionCommand.Request(message, head, splice, branchLabels, dependsOn,
                revId, null, null);
        RevisionCommand.Result result;
        SchemaDiff diff = null;
        if (autogenerate) {
            AutogenerateCommand.Result generated = retort().autogenerate(request);
            diff = generated.diff();
            // Alembic logs what autogenerate found; the review notes are also written into the file
            diff.descriptions().forEach(d -> err().println("Detected " + d));
            diff.notes().forEach(n -> err().println("Review: " + n));
            result = generated.revision();
        } else {
            result = retort().revision(request);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("revision", result.revision());
        json.put("file", result.file().toString());
        if (diff != null) {
            json.put("detected", diff.descriptions());
            json.put("notes", diff.notes());
        }
        result(List.of(Generated.line(result.file())), json);
        return ExitCodes.OK;
    }
}
