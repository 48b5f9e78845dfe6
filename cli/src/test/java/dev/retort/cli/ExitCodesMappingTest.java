package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.ConfigurationException;
import dev.retort.RetortException;
import dev.retort.command.ChecksumMismatchException;
import dev.retort.dialect.LockTimeoutException;
import dev.retort.exec.MigrationFailedException;
import dev.retort.graph.IrreversibleRevisionException;
import dev.retort.graph.RevisionGraphException;
import dev.retort.graph.RevisionResolutionException;
import dev.retort.graph.UnknownVersionException;
import dev.retort.script.ScriptException;
import dev.retort.state.StateException;
import org.junit.jupiter.api.Test;

/** Which engine error is a usage error (2) and which a database error (3). */
class ExitCodesMappingTest {

    @Test
    void commandLineConfigurationScriptsAndIdentifiersAreUsageErrors() {
        assertThat(ExitCodes.of(new CliUsageException("x"))).isEqualTo(ExitCodes.USAGE);
        assertThat(ExitCodes.of(new ConfigurationException("x"))).isEqualTo(ExitCodes.USAGE);
        assertThat(ExitCodes.of(new ScriptException("a.sql", 1, "x"))).isEqualTo(ExitCodes.USAGE);
        assertThat(ExitCodes.of(new RevisionGraphException("x"))).isEqualTo(ExitCodes.USAGE);
        assertThat(ExitCodes.of(new RevisionResolutionException("x"))).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void whatHappensInTheDatabaseIsADatabaseError() {
        assertThat(ExitCodes.of(new RetortException("Cannot connect"))).isEqualTo(ExitCodes.DATABASE);
        assertThat(ExitCodes.of(new MigrationFailedException("x", "r", 1, "sql", false, new RuntimeException())))
                .isEqualTo(ExitCodes.DATABASE);
        assertThat(ExitCodes.of(new LockTimeoutException("x"))).isEqualTo(ExitCodes.DATABASE);
        assertThat(ExitCodes.of(new StateException("x"))).isEqualTo(ExitCodes.DATABASE);
        assertThat(ExitCodes.of(new UnknownVersionException("r"))).isEqualTo(ExitCodes.DATABASE);
        assertThat(ExitCodes.of(new ChecksumMismatchException("x"))).isEqualTo(ExitCodes.DATABASE);
        assertThat(ExitCodes.of(new IrreversibleRevisionException("x"))).isEqualTo(ExitCodes.DATABASE);
    }
}
