package dev.retort.cli.commands;

import dev.retort.cli.ExitCodes;
import dev.retort.cli.output.JsonViews;
import dev.retort.command.BranchesCommand.BranchPoint;
import dev.retort.command.RevisionFormat;
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
        if (root.json()) {
            printJson(points.stream().map(p -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("branchPoint", JsonViews.revision(p.revision(), null));
                m.put("branches", p.children().stream().map(c -> JsonViews.revision(c, null)).toList());
                return m;
            }).toList());
            return ExitCodes.OK;
        }
        for (BranchPoint p : points) {
            List<String> children = p.children().stream().map(RevisionSummary::revision).toList();
            if (verbose) {
                RevisionFormat.verbose(p.revision(), children, false).forEach(out()::println);
            } else {
                out().println(RevisionFormat.line(p.revision(), false));
            }
            for (RevisionSummary child : p.children()) {
                out().println("    -> " + RevisionFormat.brief(child) + ", " + child.message());
            }
        }
        return ExitCodes.OK;
    }
}
