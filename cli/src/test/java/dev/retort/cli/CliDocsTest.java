package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docs/cli.md carries the CLI's current help text for every command. */
class CliDocsTest {

    private static final Path DOCS = Path.of("../docs/cli.md");

    @Test
    void referenceSectionMatchesTheHelpText() throws Exception {
        String document = Files.readString(DOCS);
        assertThat(document).as("docs/cli.md is out of date: run "
                + "'java -cp cli/target/retort-cli-*-all.jar dev.retort.cli.CliReference docs/cli.md' and commit it")
                .isEqualTo(CliReference.updated(document));
    }

    @Test
    void referenceCoversEveryCommand() throws Exception {
        String document = Files.readString(DOCS);
        for (String command : Main.commandLine(new CliEnvironment(System.out, System.err, Map.of(),
                Path.of(""), false)).getSubcommands().keySet()) {
            assertThat(document).contains("### `retort " + command + "`", "Usage: retort " + command);
        }
    }
}
