package dev.retort.cli.commands;

import dev.retort.cli.ExitCodes;
import dev.retort.cli.output.JsonViews;
import dev.retort.command.AlembicFormat;
import dev.retort.command.ShowCommand;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code show <rev>}. */
@Command(name = "show", description = "Show the revision(s) an identifier names, as Alembic does: current, head, "
        + "heads, base (nothing), a revision, a prefix, <label>@head. --json adds each revision's SQL.")
public final class ShowCli extends CliCommand {

    @Parameters(index = "0", paramLabel = "<rev>", description = "Any identifier; 'current' reads the database.")
    String revision;

    @Override
    public Integer call() {
        List<ShowCommand.Result> results = new ShowCommand(retort().context()).runAll(revision);
        if (json()) {
            printJson(results.stream().map(result -> {
                Map<String, Object> json = JsonViews.revision(result.revision(), null);
                json.put("children", result.children());
                json.put("upgradeSql", result.upgradeSql());
                json.put("downgradeSql", result.downgradeSql());
                return json;
            }).toList());
            return ExitCodes.OK;
        }
        for (ShowCommand.Result result : results) {
            AlembicFormat.block(result.revision(), result.children(), false).forEach(out()::println);
        }
        return ExitCodes.OK;
    }
}
