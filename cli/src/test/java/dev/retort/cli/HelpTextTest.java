package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.CliRunner.Run;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Help.Ansi;

/** {@code retort --help} prints the kept text, which is picocli's rendering of the full model. */
class HelpTextTest {

    private static final String REGENERATE = "the kept help text is out of date: run 'java -cp cli/target/retort-cli-*-all.jar "
            + "dev.retort.cli.HelpText cli/src/main/resources/dev/retort/cli' and commit it";

    @TempDir
    Path dir;

    private static String resource(String name) throws IOException {
        try (InputStream in = HelpText.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void keptTextIsPicocliRenderingOfTheFullModel() throws Exception {
        assertThat(resource(HelpText.PLAIN)).as(REGENERATE).isEqualTo(HelpText.render(Ansi.OFF));
        assertThat(resource(HelpText.ANSI)).as(REGENERATE).isEqualTo(HelpText.render(Ansi.ON));
    }

    @Test
    void helpAloneIsPrintedFromTheKeptText() throws Exception {
        Run run = new CliRunner(dir).run("--help");
        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(resource(HelpText.PLAIN).replace("\n", System.lineSeparator()));
        assertThat(new CliRunner(dir).run("-h")).hasToString(run.toString());
    }

    @Test
    void picocliRendersTheHelpWhenAPropertyMayChangeIt() {
        String before = System.getProperty("picocli.usage.width");
        System.setProperty("picocli.usage.width", "120");
        try {
            Run run = new CliRunner(dir).run("--help");
            assertThat(run.code()).isZero();
            assertThat(run.out()).isEqualTo(HelpText.render(Ansi.OFF).replace("\n", System.lineSeparator()))
                    .isNotEqualTo(new String(resource(HelpText.PLAIN)));
        } catch (IOException e) {
            throw new AssertionError(e);
        } finally {
            System.clearProperty("picocli.usage.width");
            if (before != null) {
                System.setProperty("picocli.usage.width", before);
            }
        }
    }
}
