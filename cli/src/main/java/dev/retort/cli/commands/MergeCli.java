package dev.retort.cli.commands;

import dev.retort.Retort;
import dev.retort.cli.ExitCodes;
import dev.retort.command.MergeCommand;
import dev.retort.command.RevisionCommand;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code merge -m "msg" <revs...>}. */
@Command(name = "merge", description = "Create a merge revision joining two or more revisions (default: all heads).")
public final class MergeCli extends CliCommand {

    @Option(names = {"-m", "--message"}, description = "Message of the merge revision.")
    String message;

    @Option(names = "--branch-label", split = ",", paramLabel = "<label>",
            description = "Branch label(s) for the merge revision.")
    List<String> branchLabels = List.of();

    @Option(names = "--rev-id", paramLabel = "<id>", description = "Revision id to use instead of a random one.")
    String revId;

    @Parameters(paramLabel = "<revs>", arity = "0..*", description = "Revisions to merge (default: heads).")
    List<String> revisions = List.of();

    @Override
    public Integer call() {
        Retort retort = retort();
        RevisionCommand.Result result = new MergeCommand(retort.context())
                .run(message == null ? "" : message, revisions, branchLabels, revId);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("revision", result.revision());
        json.put("file", result.file().toString());
        result(List.of(Generated.line(result.file())), json);
        return ExitCodes.OK;
    }
}
