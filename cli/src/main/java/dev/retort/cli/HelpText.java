package dev.retort.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Help.Ansi;

/**
 * {@code retort --help} without picocli's model: the text picocli renders for it, kept as two resources (plain and
 * with ANSI styles) that a test holds equal to picocli's rendering. Building the model of the root and its fifteen
 * commands was most of what {@code --help} cost; printing the kept text costs next to nothing. Anything that could
 * change picocli's rendering (a {@code picocli.*} system property other than the CLI's own) falls back to picocli.
 */
final class HelpText {

    /** The resources, next to this class: {@code retort-help.txt} and {@code retort-help.ansi.txt}. */
    static final String PLAIN = "retort-help.txt";
    static final String ANSI = "retort-help.ansi.txt";

    private HelpText() {
    }

    /**
     * Prints the root's help when {@code args} ask for it alone ({@code --help} or {@code -h}) and the kept text
     * applies.
     *
     * @return whether it printed the help (exit code 0)
     */
    static boolean printIfRequested(String[] args, CliEnvironment environment) {
        if (args.length != 1 || !(args[0].equals("--help") || args[0].equals("-h")) || picocliConfigured()) {
            return false;
        }
        String text = read(Ansi.AUTO.enabled() ? ANSI : PLAIN);
        if (text == null) {
            return false;
        }
        PrintWriter out = new PrintWriter(environment.out(), true, StandardCharsets.UTF_8);
        out.print(text.replace("\n", System.lineSeparator()));
        out.flush();
        return true;
    }

    /** Whether a system property other than those the CLI sets itself may change how picocli renders help. */
    static boolean picocliConfigured() {
        // a loop, not a stream with a lambda: the first lambda of a run costs milliseconds to link
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith("picocli.") && !name.equals(Main.CONVERTER_EXCLUDES)) {
                return true;
            }
        }
        return false;
    }

    private static String read(String name) {
        try (InputStream in = HelpText.class.getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    /** {@return the root's help as picocli renders it from the full model, '\n' ending each line} */
    static String render(Ansi ansi) {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return Main.commandLine(new CliEnvironment(sink, sink, Map.of(), Path.of(""), false)).getUsageMessage(ansi)
                .replace(System.lineSeparator(), "\n");
    }

    /**
     * Rewrites the two resources from picocli's rendering: run after changing a command's name, description or a
     * global option, e.g. {@code java -cp cli/target/retort-cli-*-all.jar dev.retort.cli.HelpText
     * cli/src/main/resources/dev/retort/cli}.
     *
     * @param args the directory of the resources
     */
    public static void main(String[] args) {
        Path dir = Path.of(args.length == 0 ? "cli/src/main/resources/dev/retort/cli" : args[0]);
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(PLAIN), render(Ansi.OFF), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(ANSI), render(Ansi.ON), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
