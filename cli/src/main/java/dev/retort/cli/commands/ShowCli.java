package dev.retort.cli.commands;

import dev.retort.cli.ExitCodes;
import dev.retort.cli.output.JsonViews;
import dev.retort.command.RevisionFormat;
import dev.retort.command.ShowCommand;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code show <rev>}. */
@Command(name = "show", description = "Show one revision: its header, file and SQL.")
public final class ShowCli extends CliCommand {

    @Parameters(index = "0", paramLabel = "<rev>", description = "Any identifier naming one revision.")
    String revision;

    @Override
    public Integer call() {
        ShowCommand.Result result = retort().show(revision);
        if (root.json()) {
            Map<String, Object> json = JsonViews.revision(result.revision(), null);
            json.put("children", result.children());
            json.put("upgradeSql", result.upgradeSql());
            json.put("downgradeSql", result.downgradeSql());
            printJson(json);
            return ExitCodes.OK;
        }
        RevisionFormat.verbose(result.revision(), result.children(), false).forEach(out()::println);
        out().println();
        out().println("-- upgrade");
        out().print(result.upgradeSql());
        out().println();
        out().println("-- downgrade");
        out().print(result.downgradeSql() == null ? "-- (irreversible)\n" : result.downgradeSql());
        return ExitCodes.OK;
    }
}
