package dev.retort.cli.commands;

import dev.retort.Retort;
import dev.retort.cli.ExitCodes;
import dev.retort.cli.output.JsonViews;
import dev.retort.command.AlembicFormat;
import dev.retort.command.CurrentCommand;
import dev.retort.command.RevisionSummary;
import dev.retort.config.Secrets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code current}: the revisions the database is at. */
@Command(name = "current", description = "Show the current revision(s) of the database.")
public final class CurrentCli extends CliCommand {

    @Option(names = "-v", description = "Show each revision in full.")
    boolean verbose;

    @Option(names = "--check-heads", description = "Exit with 1 unless the database is at every head.")
    boolean checkHeads;

    @Mixin
    SchemaOptions schemas;

    @Override
    public Integer call() {
        if (schemas.active()) {
            return fanOut(schemas, retort(), r -> report(r, false));
        }
        SchemaOutput report = report(retort(), verbose);
        if (json()) {
            printJson(report.json());
        }
        report.out().forEach(out()::println);
        report.err().forEach(err()::println);
        return report.exitCode();
    }

    private SchemaOutput report(Retort retort, boolean header) {
        CurrentCommand.Result result = retort.current();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("current", result.current().stream().map(r -> JsonViews.revision(r, null)).toList());
        json.put("appliedHeads", result.appliedHeads().stream().map(r -> JsonViews.revision(r, null)).toList());
        json.put("unknown", result.unknown());
        json.put("atHeads", result.atHeads());
        List<String> lines = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        if (!json()) {
            if (header) {
                lines.add("Current revision(s) for " + Secrets.maskUrl(String.valueOf(root().config().get("url")))
                        + ":");
            }
            for (RevisionSummary r : result.appliedHeads()) {
                if (verbose) {
                    lines.addAll(AlembicFormat.block(r, List.copyOf(retort.graph().node(r.revision()).children()),
                            false));
                } else {
                    lines.add(AlembicFormat.current(r));
                }
            }
            for (String unknown : result.unknown()) {
                lines.add(unknown);
                errors.add("retort: warning: the version table row '" + unknown + "' names no revision script; "
                        + "restore the script, or reset the table with 'retort stamp --purge <revision>'");
            }
        }
        if (checkHeads && !result.atHeads()) {
            List<String> at = result.current().stream().map(RevisionSummary::revision).toList();
            errors.add("retort: database is not at head: it is at "
                    + (at.isEmpty() && result.unknown().isEmpty() ? "base" : String.join(", ", concat(at, result.unknown())))
                    + ", the heads are " + String.join(", ", retort.graph().realHeads())
                    + ". Run 'retort upgrade heads'");
            return new SchemaOutput(lines, errors, json, ExitCodes.CHECK_FAILED);
        }
        return new SchemaOutput(lines, errors, json, ExitCodes.OK);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
