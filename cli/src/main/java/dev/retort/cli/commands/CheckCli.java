package dev.retort.cli.commands;

import dev.retort.RetortException;
import dev.retort.cli.CliUsageException;
import dev.retort.cli.ExitCodes;
import picocli.CommandLine.Command;

/** {@code check}: would autogenerate find changes? */
@Command(name = "check", description = "Check whether autogenerate would create a new revision (needs autogenerate, "
        + "not yet available: exits with 2).")
public final class CheckCli extends CliCommand {

    @Override
    public Integer call() {
        try {
            retort().check();
        } catch (RetortException e) {
            if (e.getClass() != RetortException.class) {
                throw e;
            }
            // the engine's check reports that autogenerate is missing: a feature the user cannot use yet
            throw new CliUsageException(e.getMessage());
        }
        out().println("No new upgrade operations detected.");
        return ExitCodes.OK;
    }
}
