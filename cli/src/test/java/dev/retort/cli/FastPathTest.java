package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.CliRunner.Run;
import dev.retort.cli.commands.FastOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * {@code current} and {@code upgrade} read without picocli ({@link FastPath}) set the same fields, print the same and
 * exit the same as with picocli's model of the annotated classes; whatever the fast reading is not sure of is left to
 * picocli.
 */
class FastPathTest {

    @TempDir
    Path dir;

    private CliEnvironment environment() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return new CliEnvironment(sink, sink, Map.of(), dir, false);
    }

    private static String[] split(String line) {
        return line.isEmpty() ? new String[0] : line.split(" ");
    }

    /** Command lines the fast path reads. */
    @ParameterizedTest
    @ValueSource(strings = {"current", "upgrade head", "--json current", "current --json", "current -v",
        "current --check-heads -v", "--url jdbc:h2:mem:x --user sa --password pw current",
        "--url=jdbc:h2:mem:x?a=b current", "current --url jdbc:h2:mem:x", "-x a=b -x c=d=e upgrade head",
        "-x a=b upgrade head -x a=c", "--no-placeholders --verbose upgrade +2", "upgrade head --sql --dialect h2",
        "upgrade head --dry-run", "upgrade head --sql --dry-run", "current --schemas t_* --parallel 3",
        "upgrade --schemas=a,b head --parallel=07", "--locations db/a,db/b --schema s --version-table v "
            + "--history-table h current", "--autogenerate-schema x.sql --autogenerate-exclude-tables t* current",
        "upgrade ae10+2", "upgrade base", "upgrade heads", "upgrade current", "upgrade label@head", "current --parallel 0"})
    void setsTheFieldsPicocliSets(String line) throws Exception {
        String[] args = split(line);
        FastPath.Read fast = FastPath.read(args, new RetortCli(environment()));
        assertThat(fast).as(line).isNotNull();

        CommandLine cli = Main.commandLine(environment());
        ParseResult parsed = cli.parseArgs(args);
        Object picocliRoot = cli.getCommand();
        Object picocliCommand = parsed.subcommand().commandSpec().userObject();

        assertThat(fast.command()).hasSameClassAs(picocliCommand);
        assertThat(fields(fast.root())).as(line).isEqualTo(fields(picocliRoot));
        assertThat(fields(fast.command())).as(line).isEqualTo(fields(picocliCommand));
        assertThat(parent(fast.command())).isSameAs(fast.root());
    }

    /** Command lines left to picocli: it reports them (or prints help or the version), as before. */
    @ParameterizedTest
    @ValueSource(strings = {"", "--help", "-h", "current --help", "current -h", "upgrade -h", "current -V",
        "--version current", "history", "heads", "upgrade", "upgrade head extra", "current extra", "bogus",
        "--bogus current", "current --bogus", "-v current", "--sql upgrade head", "current --sql", "upgrade head -v",
        "--url", "current --url", "--url --json current", "--url current", "--url= current", "--json=true current",
        "--json --json current", "--url a current --url b", "current -v -v", "upgrade head --sql --sql",
        "-xa=b current", "-x=a=b current", "-x a current", "-x =b current", "-x a= current", "-- current",
        "@args current", "current --", "current --parallel x", "current --parallel -1", "current --parallel +1",
        "current --parallel 1234567890", "current --schemas", "upgrade -1", "upgrade - ",
        "current -vx", "-Vh", "import alembic", "--json", "current current"})
    void leavesUncertainLinesToPicocli(String line) {
        assertThat(FastPath.read(split(line), new RetortCli(environment()))).as(line).isNull();
    }

    /** Every option of the root, current and upgrade is one the fast path knows, with the same arity; and only those. */
    @Test
    void knowsTheOptionsOfTheAnnotations() {
        CommandLine cli = Main.commandLine(environment());
        Map<String, Integer> root = new LinkedHashMap<>();
        for (OptionSpec option : cli.getCommandSpec().options()) {
            if (!option.usageHelp() && !option.versionHelp()) {
                for (String name : option.names()) {
                    root.put(name, option.arity().max());
                }
            }
        }
        Map<String, Integer> fast = new LinkedHashMap<>();
        FastPath.GLOBAL_VALUES.forEach(n -> fast.put(n, 1));
        FastPath.GLOBAL_FLAGS.forEach(n -> fast.put(n, 0));
        fast.put(FastPath.PLACEHOLDER, 1);
        assertThat(new TreeSet<>(fast.entrySet().stream().map(Object::toString).toList()))
                .isEqualTo(new TreeSet<>(root.entrySet().stream().map(Object::toString).toList()));
        assertThat(cli.getCommandSpec().findOption("-x").arity().min()).isEqualTo(1);

        for (String name : List.of("current", "upgrade")) {
            CommandSpec spec = cli.getSubcommands().get(name).getCommandSpec();
            Callable<Integer> command = FastOptions.command(name, new RetortCli(environment()));
            for (OptionSpec option : spec.options()) {
                if (option.inherited() || option.usageHelp() || option.versionHelp()) {
                    continue;
                }
                assertThat(option.arity().min()).as(option.longestName()).isEqualTo(option.arity().max());
                for (String n : option.names()) {
                    assertThat(FastOptions.arity(command, n)).as(name + " " + n).isEqualTo(option.arity().max());
                }
            }
            long own = spec.options().stream().filter(o -> !o.inherited() && !o.usageHelp() && !o.versionHelp())
                    .flatMap(o -> Stream.of(o.names())).count();
            long known = Stream.of("-v", "--check-heads", "--sql", "--dry-run", "--schemas", "--parallel")
                    .filter(n -> FastOptions.arity(command, n) != FastOptions.UNKNOWN).count();
            assertThat(known).as(name).isEqualTo(own);
            assertThat(spec.positionalParameters()).hasSize(name.equals("upgrade") ? 1 : 0);
        }
    }

    /** The same command lines, run both ways on two copies of one project: the same output and exit code. */
    @ParameterizedTest
    @ValueSource(strings = {"current", "--json current", "current -v", "current --check-heads", "upgrade head",
        "--json upgrade head", "upgrade a1", "upgrade a1 --json", "upgrade zz", "upgrade head --dry-run",
        "upgrade head --sql", "--dialect h2 upgrade head --sql", "upgrade +1", "upgrade head --sql --dry-run",
        "upgrade head --parallel 2", "current --parallel 0", "--url jdbc:nope:x current",
        "--url jdbc:nope:x --password hunter2 upgrade head", "--version-table other_version current",
        "-x a=b --no-placeholders upgrade head", "--verbose --password secret current", "current --schemas PUBLIC",
        "upgrade head --schemas PUBLIC --json", "current --schemas nothing_like_it", "--version", "-V"})
    void printsAndExitsAsPicocli(String line) throws IOException {
        String[] args = split(line);
        Run fast = run(project("fast"), args, true);
        Run picocli = run(project("picocli"), args, false);
        assertThat(normalize(fast)).as(line).isEqualTo(normalize(picocli));
    }

    @Test
    void currentAfterUpgradeAsPicocli() throws IOException {
        Path a = project("fast");
        Path b = project("picocli");
        run(a, split("upgrade a1"), true);
        run(b, split("upgrade a1"), false);
        for (String line : List.of("current --check-heads", "current -v", "--json current --check-heads")) {
            assertThat(normalize(run(a, split(line), true))).as(line)
                    .isEqualTo(normalize(run(b, split(line), false)));
        }
    }

    /** A project with two revisions, a1 and a2, and an H2 file database, at base. */
    private Path project(String name) throws IOException {
        Path project = dir.resolve(name);
        Path revisions = Files.createDirectories(project.resolve("db/revisions"));
        Files.writeString(revisions.resolve("a1_first.sql"), "-- revision: a1\n-- down_revision:\n-- message: first\n"
                + "-- create_date: 2026-12-03 10:00:00\n\n-- retort:upgrade\nCREATE TABLE t1 (id INT);\n\n"
                + "-- retort:downgrade\nDROP TABLE t1;\n");
        Files.writeString(revisions.resolve("a2_second.sql"), "-- revision: a2\n-- down_revision: a1\n"
                + "-- message: second\n-- create_date: 2026-12-03 10:00:01\n\n-- retort:upgrade\n"
                + "CREATE TABLE t2 (id INT);\n\n-- retort:downgrade\nDROP TABLE t2;\n");
        return project;
    }

    private static Run run(Path project, String[] args, boolean fastPath) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            Map<String, String> env = Map.of("RETORT_URL", "jdbc:h2:" + project.resolve("db/test"));
            int code = Main.run(args, new CliEnvironment(o, e, env, project, false), fastPath);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    /** The two projects' paths and the run's timings are the only differences allowed. */
    private String normalize(Run run) {
        return run.toString().replace(dir.resolve("fast").toString(), "<project>")
                .replace(dir.resolve("picocli").toString(), "<project>")
                .replaceAll("in \\d+ ms", "in <n> ms").replaceAll("\"durationMs\": \\d+", "\"durationMs\": 0");
    }

    /** The instance fields of a command object and of its mixins, by name; the parent and the environment aside. */
    private static Map<String, Object> fields(Object object) throws IllegalAccessException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Class<?> type = object.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || List.of("parent", "environment", "resolved")
                        .contains(field.getName())) {
                    continue;
                }
                field.setAccessible(true);
                Object value = field.get(object);
                String key = type.getSimpleName() + "." + field.getName();
                if (value != null && value.getClass().getPackageName().startsWith("dev.retort.cli")) {
                    values.put(key, fields(value));
                } else {
                    values.put(key, value instanceof Map<?, ?> map ? map.toString() : value); // in order
                }
            }
        }
        return values;
    }

    private static Object parent(Object command) throws ReflectiveOperationException {
        for (Class<?> type = command.getClass(); type != Object.class; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField("parent");
                field.setAccessible(true);
                return field.get(command);
            } catch (NoSuchFieldException notHere) {
                // the field is in a superclass
            }
        }
        throw new AssertionError("no parent field");
    }
}
