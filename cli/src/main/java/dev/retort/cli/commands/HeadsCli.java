package dev.retort.cli.commands;

import dev.retort.Retort;
import dev.retort.cli.ExitCodes;
import dev.retort.cli.output.JsonViews;
import dev.retort.command.RevisionFormat;
import dev.retort.command.RevisionSummary;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code heads}. */
@Command(name = "heads", description = "Show the head revisions (those nothing builds on).")
public final class HeadsCli extends CliCommand {

    @Option(names = "-v", description = "Show each revision in full.")
    boolean verbose;

    @Override
    public Integer call() {
        Retort retort = retort();
        List<RevisionSummary> heads = retort.heads();
        if (root.json()) {
            printJson(heads.stream().map(r -> JsonViews.revision(r, null)).toList());
        } else if (verbose) {
            heads.forEach(r -> RevisionFormat.verbose(r, List.of(), false).forEach(out()::println));
        } else {
            heads.forEach(r -> out().println(RevisionFormat.brief(r)));
        }
        return ExitCodes.OK;
    }
}
