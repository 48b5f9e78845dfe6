package dev.retort.cli.commands;

import dev.retort.cli.ExitCodes;
import dev.retort.command.CheckCommand;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code check}: would autogenerate find changes? */
@Command(name = "check", description = "Check whether autogenerate would create a new revision: exits with 1 and "
        + "lists the differences when the database (at head) does not match the target schema. Notes name what "
        + "autogenerate does not compare (triggers, functions, ...) and possible renames.")
public final class CheckCli extends CliCommand {

    @Override
    public Integer call() {
        CheckCommand.Result result = retort().check();
        if (json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("clean", result.clean());
            json.put("differences", result.differences());
            json.put("notes", result.notes());
            printJson(json);
            return result.clean() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
        }
        if (result.clean()) {
            out().println("No new upgrade operations detected.");
            result.notes().forEach(n -> out().println("Note: " + n));
            return ExitCodes.OK;
        }
        err().println("retort: New upgrade operations detected:");
        result.differences().forEach(d -> err().println("  " + d));
        result.notes().forEach(n -> err().println("Note: " + n));
        return ExitCodes.CHECK_FAILED;
    }
}
