package dev.retort.cli.commands;

import dev.retort.Retort;
import dev.retort.cli.ExitCodes;
import dev.retort.command.CheckCommand;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code check}: would autogenerate find changes? */
@Command(name = "check", description = "Check whether autogenerate would create a new revision: exits with 1 and "
        + "lists the differences when the database (at head) does not match the target schema. Notes name what "
        + "autogenerate does not compare (triggers, functions, ...) and possible renames.")
public final class CheckCli extends CliCommand {

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
            report.err().forEach(err()::println);
        }
        return report.exitCode();
    }

    private SchemaOutput report(Retort retort) {
        CheckCommand.Result result = retort.check();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("clean", result.clean());
        json.put("differences", result.differences());
        json.put("notes", result.notes());
        List<String> notes = result.notes().stream().map(n -> "Note: " + n).toList();
        if (result.clean()) {
            List<String> lines = new ArrayList<>();
            lines.add("No new upgrade operations detected.");
            lines.addAll(notes);
            return new SchemaOutput(json() ? List.of() : lines, List.of(), json, ExitCodes.OK);
        }
        List<String> errors = new ArrayList<>();
        errors.add("retort: New upgrade operations detected:");
        result.differences().forEach(d -> errors.add("  " + d));
        errors.addAll(notes);
        return new SchemaOutput(List.of(), json() ? List.of() : errors, json, ExitCodes.CHECK_FAILED);
    }
}
