package dev.retort.cli.commands;

import dev.retort.cli.ExitCodes;
import dev.retort.cli.output.JsonViews;
import dev.retort.command.AlembicFormat;
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
        List<RevisionSummary> heads = retort().heads();
        if (json()) {
            printJson(heads.stream().map(r -> JsonViews.revision(r, null)).toList());
        } else if (verbose) {
            heads.forEach(r -> AlembicFormat.block(r, List.of(), false).forEach(out()::println));
        } else {
            heads.forEach(r -> out().println(AlembicFormat.head(r)));
        }
        return ExitCodes.OK;
    }
}
