package dev.retort.cli.commands;

import dev.retort.cli.ExitCodes;
import dev.retort.cli.output.JsonViews;
import dev.retort.command.AlembicFormat;
import dev.retort.command.BranchesCommand.BranchPoint;
import dev.retort.command.RevisionSummary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code branches}. */
@Command(name = "branches", description = "Show the branch points and the revisions each branch starts with.")
public final class BranchesCli extends CliCommand {

    @Option(names = "-v", description = "Show each branch point in full.")
    boolean verbose;

    @Override
    public Integer call() {
        List<BranchPoint> points = retort().branches();
        if (json()) {
            printJson(points.stream().map(p -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("branchPoint", JsonViews.revision(p.revision(), null));
                m.put("branches", p.children().stream().map(c -> JsonViews.revision(c, null)).toList());
                return m;
            }).toList());
            return ExitCodes.OK;
        }
        for (BranchPoint p : points) {
            if (verbose) {
                List<String> children = p.children().stream().map(RevisionSummary::revision).toList();
                AlembicFormat.block(p.revision(), children, false).forEach(out()::println);
            } else {
                out().println(AlembicFormat.branchPoint(p.revision()));
            }
            p.children().forEach(child -> out().println(AlembicFormat.branch(p.revision(), child, verbose)));
            out().println();
        }
        return ExitCodes.OK;
    }
}
