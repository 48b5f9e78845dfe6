package dev.retort.cli.commands;

import dev.retort.Retort;
import dev.retort.cli.ExitCodes;
import dev.retort.cli.output.HistoryGraph;
import dev.retort.cli.output.JsonViews;
import dev.retort.command.AlembicFormat;
import dev.retort.command.RevisionSummary;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code history}: revisions newest first, as Alembic lists them; {@code --graph} draws the graph on the left. */
@Command(name = "history", description = "List revisions newest first (branch and merge points marked); --graph "
        + "draws the revision graph on the left.")
public final class HistoryCli extends CliCommand {

    @Option(names = {"-r", "--rev-range"}, paramLabel = "<range>",
            description = "Range start:end; either side optional, 'current' allowed (e.g. -r base:current, -r ae10:).")
    String range;

    @Option(names = "-v", description = "Show each revision in full.")
    boolean verbose;

    @Option(names = {"-i", "--indicate-current"}, description = "Mark the database's current revision(s); needs a "
            + "database.")
    boolean indicateCurrent;

    @Option(names = "--graph", description = "Draw the graph left of the revisions, like 'git log --graph'.")
    boolean graph;

    @Mixin
    SchemaOptions schemas;

    @Override
    public Integer call() {
        if (schemas.active()) {
            return fanOut(schemas, retort(), this::report);
        }
        SchemaOutput report = report(retort());
        if (json()) {
            printJson(report.json());
        } else {
            report.out().forEach(out()::println);
        }
        return ExitCodes.OK;
    }

    private SchemaOutput report(Retort retort) {
        List<RevisionSummary> revisions = retort.history(range);
        Set<String> current = new HashSet<>();
        if (indicateCurrent) {
            retort.current().current().forEach(r -> current.add(r.revision()));
        }
        Object json = revisions.stream()
                .map(r -> JsonViews.revision(r, indicateCurrent ? current.contains(r.revision()) : null)).toList();
        if (json()) {
            return new SchemaOutput(List.of(), List.of(), json, ExitCodes.OK);
        }
        List<String> out = new ArrayList<>();
        List<HistoryGraph.Row> rows = graph ? HistoryGraph.draw(revisions) : null;
        for (int i = 0; i < revisions.size(); i++) {
            RevisionSummary r = revisions.get(i);
            boolean isCurrent = current.contains(r.revision());
            List<String> lines = verbose
                    ? AlembicFormat.block(r, List.copyOf(retort.graph().node(r.revision()).children()), isCurrent)
                    : List.of(AlembicFormat.history(r, isCurrent));
            if (rows == null) {
                out.addAll(lines);
                continue;
            }
            HistoryGraph.Row row = rows.get(i);
            out.add(row.node() + lines.get(0));
            lines.subList(1, lines.size()).forEach(l -> out.add((row.continuation() + l).stripTrailing()));
            out.addAll(row.after());
        }
        return new SchemaOutput(out, List.of(), json, ExitCodes.OK);
    }
}
