package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.CliRunner.Run;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs the examples of a Markdown page as a user would type them and compares what they print with the page.
 *
 * <p>A {@code console} block is a session: {@code $ } lines are commands, the lines up to the next command are
 * what it prints (stdout and stderr). Commands are {@code retort ...} (run in-process), and the few shell commands
 * the pages use ({@code mkdir}, {@code cd}, {@code export}, {@code cat}, {@code echo $?}, {@code > file}). HTML
 * comments steer the run: {@code <!-- test: scenario NAME [DIR]-->} starts afresh (the page's {@code /home/me} is a
 * new temporary directory, the commands run in DIR under it or in it, the database is emptied); {@code <!-- test: sections ID -->}
 * before a {@code sql} block puts its upgrade and downgrade sections into revision ID's file;
 * {@code <!-- test: file PATH -->} writes the next block to a file; {@code <!-- test: run NAME ARGS -->} runs a
 * step the page describes in words (another tool migrated the database, say), given by the test, and a console
 * command named like a step (another tool's command, replayed from its recorded output) runs that step. The page's
 * database URL is
 * replaced by the test database's, credentials exported on the page are ignored, and the page's revision ids are
 * passed as {@code --rev-id} so that the ids match. Timings, dates and checksums are compared by shape.
 */
final class DocExamples {

    /** The database URL the pages show. */
    static final String PAGE_URL = "jdbc:postgresql://localhost:5432/myapp";

    private static final Pattern DIRECTIVE = Pattern.compile("^<!-- test: (\\S+)\\s*(.*?)\\s*-->$");
    private static final Pattern GENERATED_ID = Pattern.compile("Generating \\S+/([0-9a-zA-Z_]+?)_\\S*\\.sql \\.\\.\\.");
    private static final Pattern MS = Pattern.compile("\\d+ ms\\b");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(\\.\\d+)?");
    private static final Pattern CHECKSUM = Pattern.compile("\\b1:[0-9a-f]{64}\\b");
    private static final Pattern WARN = Pattern.compile("(?m)^(?:\\[\\w+\\] )?WARN (?:[\\w.]+\\.)?(\\w+) - ");

    /** What the test does for {@code <!-- test: run NAME ARGS -->} or a command NAME: returns {stdout, stderr}. */
    interface Step {
        String[] run(Path cwd, List<String> args) throws Exception;
    }

    private final Path page;
    private final String url;
    private final Path scratch;
    private final Runnable resetDatabase;
    private final Map<String, Step> steps;

    private Path home;
    private Path cwd;
    private Map<String, String> env;
    private int lastCode;
    private int commands;

    DocExamples(Path page, String url, Path scratch, Runnable resetDatabase, Map<String, Step> steps) {
        this.page = page;
        this.url = url;
        this.scratch = scratch;
        this.resetDatabase = resetDatabase;
        this.steps = steps;
    }

    /** Runs every example of the page; returns how many commands ran. */
    int run() throws Exception {
        List<String> lines = Files.readAllLines(page);
        String pending = null;
        String pendingArgs = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher directive = DIRECTIVE.matcher(line.strip());
            if (directive.matches()) {
                switch (directive.group(1)) {
                    case "scenario" -> startScenario(words(directive.group(2)));
                    case "run" -> {
                        requireScenario(i);
                        List<String> words = words(directive.group(2));
                        Step step = steps.get(words.get(0));
                        assertThat(step).as(page + ":" + (i + 1) + ": no test step '" + words.get(0) + "'").isNotNull();
                        step.run(cwd, words.subList(1, words.size()));
                    }
                    default -> {
                        pending = directive.group(1);
                        pendingArgs = directive.group(2);
                    }
                }
                continue;
            }
            if (!line.startsWith("```")) {
                continue;
            }
            String language = line.substring(3).strip();
            int start = i + 1;
            int end = start;
            while (!lines.get(end).startsWith("```")) {
                end++;
            }
            List<String> block = lines.subList(start, end);
            if (pending != null) {
                requireScenario(i);
                String text = String.join("\n", block) + "\n";
                switch (pending) {
                    case "sections" -> sections(pendingArgs, text, start);
                    case "file" -> {
                        Path file = cwd.resolve(pendingArgs);
                        Files.createDirectories(file.getParent());
                        Files.writeString(file, text);
                    }
                    case "skip" -> { }
                    default -> throw new AssertionError(page + ":" + start + ": unknown test directive " + pending);
                }
                pending = null;
            } else if (language.equals("console")) {
                requireScenario(i);
                session(block, start + 1);
            }
            i = end;
        }
        return commands;
    }

    private void requireScenario(int line) {
        assertThat(home).as(page + ":" + (line + 1) + ": an example before any <!-- test: scenario ... -->").isNotNull();
    }

    private void startScenario(List<String> nameAndDirectory) throws IOException {
        home = Files.createDirectories(scratch.resolve(nameAndDirectory.get(0)));
        cwd = nameAndDirectory.size() < 2 ? home
                : Files.createDirectories(home.resolve(nameAndDirectory.get(1).replaceFirst("^/home/me/?", "")));
        env = new LinkedHashMap<>();
        lastCode = 0;
        resetDatabase.run();
    }

    private void session(List<String> block, int firstLine) throws Exception {
        int i = 0;
        while (i < block.size()) {
            String command = block.get(i);
            assertThat(command).as(page + ":" + (firstLine + i) + ": expected a '$ ' command").startsWith("$ ");
            int lineNo = firstLine + i;
            List<String> expected = new ArrayList<>();
            for (i++; i < block.size() && !block.get(i).startsWith("$ "); i++) {
                expected.add(block.get(i));
            }
            String shown = expected.isEmpty() ? "" : String.join("\n", expected) + "\n";
            String[] printed = execute(command.substring(2), shown);
            commands++;
            List<String> want = normalize(shown.replace("/home/me", home.toString())).lines().toList();
            List<String> out = normalize(printed[0]).lines().toList();
            List<String> err = normalize(printed[1]).lines().toList();
            if (!interleaves(want, out, err)) {
                // the page shows what a terminal shows: both streams, each in its order
                assertThat(String.join("\n", Stream.concat(err.stream(), out.stream()).toList()))
                        .as(page + ":" + lineNo + ": $ " + command.substring(2) + "\n(exit " + lastCode
                                + "; stdout and stderr may interleave)")
                        .isEqualTo(String.join("\n", want));
            }
        }
    }

    /** Whether {@code lines} is {@code a} and {@code b} merged, each keeping its order. */
    static boolean interleaves(List<String> lines, List<String> a, List<String> b) {
        if (lines.size() != a.size() + b.size()) {
            return false;
        }
        boolean[][] can = new boolean[a.size() + 1][b.size() + 1];
        can[0][0] = true;
        for (int i = 0; i <= a.size(); i++) {
            for (int j = 0; j <= b.size(); j++) {
                String line = i + j > 0 ? lines.get(i + j - 1) : null;
                if (i > 0 && can[i - 1][j] && a.get(i - 1).equals(line)
                        || j > 0 && can[i][j - 1] && b.get(j - 1).equals(line)) {
                    can[i][j] = true;
                }
            }
        }
        return can[a.size()][b.size()];
    }

    /** Runs one command line; returns what it printed on stdout and stderr. */
    private String[] execute(String line, String shown) throws Exception {
        List<String> words = words(line);
        String redirect = null;
        int arrow = words.indexOf(">");
        if (arrow >= 0) {
            redirect = words.get(arrow + 1);
            words = new ArrayList<>(words.subList(0, arrow));
        }
        String out;
        String err = "";
        switch (words.get(0)) {
            case "mkdir" -> {
                int and = words.indexOf("&&");
                Files.createDirectories(cwd.resolve(words.get(words.get(1).equals("-p") ? 2 : 1)));
                if (and >= 0) {
                    execute(String.join(" ", words.subList(and + 1, words.size())), "");
                }
                out = "";
            }
            case "cd" -> {
                cwd = cwd.resolve(words.get(1)).normalize();
                out = "";
            }
            case "export" -> {
                for (String assignment : words.subList(1, words.size())) {
                    String[] kv = assignment.split("=", 2);
                    if (!kv[0].equals("RETORT_USER") && !kv[0].equals("RETORT_PASSWORD")) {
                        env.put(kv[0], kv[1].replace(PAGE_URL, url));
                    }
                }
                out = "";
            }
            case "echo" -> out = String.join(" ", words.subList(1, words.size())).replace("$?", String.valueOf(lastCode))
                    + "\n";
            case "cat" -> out = Files.readString(cwd.resolve(words.get(1)));
            case "retort" -> {
                List<String> args = new ArrayList<>(words.subList(1, words.size()));
                args.replaceAll(a -> a.replace(PAGE_URL, url));
                Matcher id = GENERATED_ID.matcher(shown);
                if ((args.contains("revision") || args.contains("merge")) && id.find() && !args.contains("--rev-id")) {
                    args.addAll(List.of("--rev-id", id.group(1)));
                }
                Run run = withProcessErr(() -> {
                    CliRunner cli = new CliRunner(cwd);
                    env.forEach(cli::env);
                    return cli.run(args.toArray(String[]::new));
                });
                lastCode = run.code();
                out = run.out();
                err = run.err();
            }
            default -> {
                Step step = steps.get(words.get(0));
                assertThat(step).as(page + ": the test cannot run '" + line + "'").isNotNull();
                String[] printed = step.run(cwd, words.subList(1, words.size()));
                out = printed[0];
                err = printed[1];
            }
        }
        if (redirect != null) {
            Files.writeString(cwd.resolve(redirect), out);
            out = "";
        }
        return new String[] {out, err};
    }

    /** Runs {@code action} with the process's stderr (where the engine's SLF4J warnings go) before its stderr. */
    private static Run withProcessErr(ThrowingSupplier<Run> action) throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        Run run;
        try {
            run = action.get();
        } finally {
            System.setErr(original);
        }
        String logged = bytes.toString(StandardCharsets.UTF_8);
        if (logged.isEmpty()) {
            return run;
        }
        // the engine warns while it plans, before the first step line
        return new Run(run.code(), run.out(), logged + run.err());
    }

    private interface ThrowingSupplier<T> {
        T get() throws Exception;
    }

    /** Replaces the upgrade and downgrade sections of revision {@code id}'s file with those of {@code text}. */
    private void sections(String id, String text, int line) throws IOException {
        Path file;
        try (Stream<Path> files = Files.walk(cwd)) {
            file = files.filter(f -> f.getFileName().toString().startsWith(id + "_")).findFirst()
                    .orElseThrow(() -> new AssertionError(page + ":" + line + ": no file for revision " + id));
        }
        String current = Files.readString(file);
        String header = current.substring(0, current.indexOf("-- retort:upgrade"));
        Files.writeString(file, header + text.substring(text.indexOf("-- retort:upgrade")));
    }

    private static String normalize(String text) {
        String out = MS.matcher(text).replaceAll("N ms");
        out = DATE.matcher(out).replaceAll("DATE");
        out = CHECKSUM.matcher(out).replaceAll("1:CHECKSUM");
        out = WARN.matcher(out).replaceAll("WARN $1 - ");
        return String.join("\n", out.lines().map(String::stripTrailing).toList());
    }

    /** Splits a command line into words: quotes group, a {@code #} after a space starts a comment. */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else if (c == '#' && word == null) {
                break;
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }
}
