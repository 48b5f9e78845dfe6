package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.CliRunner.Run;
import dev.retort.cli.Subcommands.Invoked;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/** A run builds the invoked command's model only, and prints and exits exactly as with every command's full model. */
class SubcommandsTest {

    @TempDir
    Path dir;

    private Map<String, String> env;

    @BeforeEach
    void setUp() throws Exception {
        Files.createDirectories(dir.resolve("db/revisions"));
        env = Map.of("RETORT_URL", "jdbc:h2:" + dir.resolve("db/test"));
        new CliRunner(dir).env("RETORT_URL", env.get("RETORT_URL")).run("revision", "-m", "first", "--rev-id", "a1");
    }

    /** The same command line with every subcommand's full model, as before the models were built lazily. */
    private Run full(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int code = Main.commandLine(new CliEnvironment(o, e, env, dir, false)).execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    private Run lazy(String... args) {
        CliRunner runner = new CliRunner(dir);
        env.forEach(runner::env);
        return runner.run(args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h", "", "--version", "-V", "-hV", "bogus", "curent", "--bogus current",
        "--url", "--json", "current --help", "upgrade --help", "import --help", "import flyway --help",
        "import bogus", "current", "--json current", "current bogus", "current upgrade", "--url current",
        "-x a=b current -v", "-xa=b current", "--locations=db/revisions heads", "history --bogus", "upgrade",
        "upgrade head --sql", "--dialect h2 upgrade head --sql", "-- current", "show", "show zz", "stamp --help",
        "ensure_version --help", "--verbose bogus", "--schema", "--bogus=1 current", "--ur=x current"})
    void printsAndExitsAsWithEveryModel(String line) {
        String[] args = line.isEmpty() ? new String[0] : line.split(" ");
        Run full = full(args);
        assertThat(lazy(args)).as(line).hasToString(full.toString());
    }

    @Test
    void findsTheInvokedCommandPastTheGlobalOptionsAndTheirValues() {
        CommandSpec root = new CommandLine(new RetortCli(new CliEnvironment(System.out, System.err, Map.of(), dir,
                false))).getCommandSpec();
        assertThat(Subcommands.invoked(root, new String[] {"current"})).isEqualTo(new Invoked("current", false));
        assertThat(Subcommands.invoked(root, new String[] {"--url", "current", "upgrade", "head"}))
                .isEqualTo(new Invoked("upgrade", false));
        assertThat(Subcommands.invoked(root, new String[] {"--url=jdbc:h2:mem:", "--json", "-x", "a=b", "heads"}))
                .isEqualTo(new Invoked("heads", false));
        assertThat(Subcommands.invoked(root, new String[] {"--help"})).isEqualTo(new Invoked(null, false));
        assertThat(Subcommands.invoked(root, new String[] {"bogus", "current"})).isEqualTo(new Invoked(null, false));
        assertThat(Subcommands.invoked(root, new String[] {"--url"})).isEqualTo(new Invoked(null, false));
        // only picocli's full parse can read these
        assertThat(Subcommands.invoked(root, new String[] {"--bogus", "current"})).isEqualTo(new Invoked(null, true));
        assertThat(Subcommands.invoked(root, new String[] {"-hV"})).isEqualTo(new Invoked(null, true));
        assertThat(Subcommands.invoked(root, new String[] {"@args.txt"})).isEqualTo(new Invoked(null, true));
        assertThat(Subcommands.invoked(root, new String[] {"--", "current"})).isEqualTo(new Invoked(null, true));
    }

    @Test
    void namesAreThoseOfTheAnnotationsWithoutAliases() {
        assertThat(RetortCli.SUBCOMMANDS.stream().map(t -> t.getAnnotation(Command.class).name()).toList())
                .isEqualTo(RetortCli.SUBCOMMAND_NAMES);
        // an alias would have to be found by name too
        assertThat(RetortCli.SUBCOMMANDS).allSatisfy(t -> assertThat(t.getAnnotation(Command.class).aliases()).isEmpty());
    }

    /** bin/retort picks the archive by command with its own copy of the command names and the options taking a value. */
    @Test
    void launcherReadsTheCommandLineAsTheCli() throws Exception {
        String launcher = Files.readString(Path.of("bin/retort"));
        CommandSpec root = Main.commandLine(new CliEnvironment(System.out, System.err, Map.of(), dir, false))
                .getCommandSpec();
        String commands = String.join("|", root.subcommands().keySet());
        String valued = root.options().stream().filter(o -> o.arity().max() > 0).flatMap(o -> Stream.of(o.names()))
                .collect(Collectors.joining("|"));
        assertThat(launcher).contains("            " + valued + ") skip=1 ;;", "            " + commands + ") command=");
    }
}
