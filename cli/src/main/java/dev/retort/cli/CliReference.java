package dev.retort.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/**
 * Renders the command reference of {@code docs/cli.md} from the CLI's own help text, so the two cannot
 * drift: {@code java -cp retort-cli-all.jar dev.retort.cli.CliReference docs/cli.md} rewrites the
 * section between the markers, and a test fails when the committed file differs.
 */
public final class CliReference {

    /** Marks the start of the generated section. */
    public static final String BEGIN = "<!-- BEGIN GENERATED REFERENCE (dev.retort.cli.CliReference); do not edit -->";
    /** Marks the end of the generated section. */
    public static final String END = "<!-- END GENERATED REFERENCE -->";

    private CliReference() {
    }

    /**
     * Rewrites the generated section of the Markdown file given as the only argument.
     *
     * @param args the path of the Markdown file, e.g. {@code docs/cli.md}
     * @throws IOException when the file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length == 0 ? "docs/cli.md" : args[0]);
        Files.writeString(file, updated(Files.readString(file, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    /**
     * {@return {@code document} with the text between the markers replaced by {@link #markdown()}}
     *
     * @param document the Markdown text holding the markers
     */
    public static String updated(String document) {
        int begin = document.indexOf(BEGIN);
        int end = document.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("The document has no '" + BEGIN + "' ... '" + END + "' section");
        }
        return document.substring(0, begin) + BEGIN + "\n" + markdown() + document.substring(end);
    }

    /** {@return the reference: {@code retort --help}, then each command's {@code --help}, as Markdown} */
    public static String markdown() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        CommandLine root = Main.commandLine(new CliEnvironment(sink, sink, Map.of(), Path.of(""), false));
        StringBuilder b = new StringBuilder();
        sections(b, "retort", root);
        return b.toString();
    }

    private static void sections(StringBuilder b, String title, CommandLine command) {
        section(b, title, command);
        command.getSubcommands().forEach((name, sub) -> sections(b, title + " " + name, sub));
    }

    private static void section(StringBuilder b, String title, CommandLine command) {
        b.append("\n### `").append(title).append("`\n\n```text\n");
        command.getUsageMessage(Ansi.OFF).lines().forEach(line -> b.append(line.stripTrailing()).append('\n'));
        b.append("```\n\n");
    }
}
