package dev.retort.cli;

import dev.retort.command.CommandContext;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the CLI's version and the Java it runs on. */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"retort " + CommandContext.RETORT_VERSION,
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
