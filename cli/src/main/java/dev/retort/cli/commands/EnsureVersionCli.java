package dev.retort.cli.commands;

import dev.retort.cli.ExitCodes;
import dev.retort.command.EnsureVersionCommand;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ensure_version [--sql]}: create the version and history tables, nothing else. */
@Command(name = "ensure_version", description = "Create the version and history tables if they do not exist, "
        + "without running or stamping any revision.")
public final class EnsureVersionCli extends CliCommand {

    @Option(names = "--sql", description = "Print the CREATE TABLE statements instead (no database needed; "
            + "needs --dialect or a --url to take the dialect from).")
    boolean sql;

    @Override
    public Integer call() {
        EnsureVersionCommand command = new EnsureVersionCommand(retort().context());
        if (sql) {
            String text = command.sql();
            if (json()) {
                printJson(Map.of("sql", text));
            } else {
                out().print(text);
            }
            return ExitCodes.OK;
        }
        EnsureVersionCommand.Result result = command.run();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("versionTable", result.versionTable());
        json.put("historyTable", result.historyTable());
        json.put("created", result.created());
        err().println((result.created() ? "Created the missing state tables: " : "The state tables exist: ")
                + result.versionTable() + ", " + result.historyTable());
        if (json()) {
            printJson(json);
        }
        return ExitCodes.OK;
    }
}
