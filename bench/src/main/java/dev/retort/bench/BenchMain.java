package dev.retort.bench;

import dev.retort.bench.cases.AppStartupCase;
import dev.retort.bench.cases.ApplyAllCase;
import dev.retort.bench.cases.AutogenerateCase;
import dev.retort.bench.cases.ColdCase;
import dev.retort.bench.cases.GraphResolveCase;
import dev.retort.bench.cases.NoOpStartupCase;
import dev.retort.bench.cases.TrialPlan;
import dev.retort.bench.db.BenchDatabase;
import dev.retort.bench.db.H2Database;
import dev.retort.bench.db.MariaDbDatabase;
import dev.retort.bench.db.PostgresDatabase;
import dev.retort.bench.gen.AutogenerateSchemas;
import dev.retort.bench.gen.GraphGenerator;
import dev.retort.bench.gen.GraphWorkspace;
import dev.retort.bench.gen.LinearWorkspace;
import dev.retort.bench.gen.RevisionGenerator;
import dev.retort.bench.report.BenchReport;
import dev.retort.bench.report.JsonReport;
import dev.retort.bench.report.MarkdownReport;
import dev.retort.bench.report.Measurement;
import dev.retort.bench.report.Targets;
import dev.retort.bench.runners.FlywayRunner;
import dev.retort.bench.runners.LiquibaseRunner;
import dev.retort.bench.runners.RawJdbcApplyRunner;
import dev.retort.bench.runners.RawJdbcStateRunner;
import dev.retort.bench.runners.RetortIndexedRunner;
import dev.retort.bench.runners.RetortRunner;
import dev.retort.bench.runners.ToolRunner;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Runs the benchmark cases 1-5 of SPEC section 9 and prints a Markdown table; also writes
 * {@code results.md} and {@code results.json}. See docs/benchmarks.md.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        QuietLogging.apply();
        BenchOptions options;
        try {
            if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
                System.out.print(BenchOptions.USAGE);
                return;
            }
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        BenchReport report = run(options, System.err::println);
        String markdown = MarkdownReport.render(report);
        Path out = options.out() != null ? options.out() : defaultOutputDirectory();
        Files.createDirectories(out);
        Files.writeString(out.resolve("results.md"), markdown, StandardCharsets.UTF_8);
        Files.writeString(out.resolve("results.json"), JsonReport.render(report), StandardCharsets.UTF_8);
        System.out.println(markdown);
        System.err.println("wrote " + out.resolve("results.md") + " and " + out.resolve("results.json"));
    }

    /** Runs the selected cases; {@code progress} gets one line per round. */
    public static BenchReport run(BenchOptions options, Consumer<String> progress) throws Exception {
        QuietLogging.apply();
        TrialPlan plan = new TrialPlan(options.warmups(), options.trials());
        List<Measurement> measurements = new ArrayList<>();
        List<String> environment = new ArrayList<>(Environment.describe(options));
        List<String> notes = new ArrayList<>();
        Path work = Files.createTempDirectory("retort-bench");
        try {
            // probed once, so an unreachable server gives one note for cases 1, 2 and 4
            List<BenchDatabase> databases = options.cases().stream().anyMatch(c -> c <= 2 || c == 4)
                    ? databases(options, notes) : List.of();
            if (options.cases().contains(1) || options.cases().contains(2)) {
                LinearWorkspace linear = RevisionGenerator.linear(work, options.revisions());
                environment.add("cases 1-2: " + linear.count() + " revisions in a linear chain, each CREATE TABLE + "
                        + "INSERT, one commit per revision; filesystem locations for every tool");
                boolean warm = options.modes().contains("warm");
                boolean cold = options.modes().contains("cold");
                for (BenchDatabase db : databases) {
                    if (warm && options.cases().contains(1)) {
                        measurements.addAll(new ApplyAllCase(linear, selected(applyRunners(linear), options), plan, progress).run(db));
                    }
                    if (warm && options.cases().contains(2)) {
                        measurements.addAll(new NoOpStartupCase(selected(noOpRunners(linear), options), plan, progress).run(db));
                    }
                    if (cold && options.cases().contains(1)) {
                        List<ToolRunner> tools = selected(applyRunners(linear), options);
                        measurements.addAll(new ColdCase(1, linear, tools, ids(tools), plan, progress).run(db));
                    }
                    if (cold && options.cases().contains(2)) {
                        List<ToolRunner> tools = selected(noOpRunners(linear), options);
                        measurements.addAll(new ColdCase(2, linear, tools, ids(tools), plan, progress).run(db));
                    }
                }
                if (cold) {
                    environment.add("cold mode (rows '<database>, cold'): each trial of cases 1-2 in a fresh JVM with "
                            + "default flags, timed inside it from configure to done (class loading, cold code and "
                            + "the pool's first connection included); H2 as a file database");
                }
            }
            if (options.cases().contains(3)) {
                GraphWorkspace graph = GraphGenerator.generate(work, options.graphRevisions());
                environment.add("case 3: " + graph.describe());
                measurements.addAll(new GraphResolveCase(graph, plan, progress).run());
            }
            if (options.cases().contains(4)) {
                measurements.addAll(autogenerate(options, databases, work, plan, progress, environment, notes));
            }
            if (options.cases().contains(5)) {
                Path dir = Files.createDirectories(work.resolve("startup"));
                LinearWorkspace revisions = RevisionGenerator.linear(dir, BenchOptions.STARTUP_REVISIONS);
                AppStartupCase startup = new AppStartupCase(revisions, dir,
                        new TrialPlan(options.warmups(), options.startupTrials()), options.startupTouchDb(),
                        options.tools().contains("retort+index"), progress);
                List<Measurement> results = startup.run();
                measurements.addAll(results);
                environment.add(startup.describe());
                notes.add(AppStartupCase.summary(results));
            }
        } finally {
            deleteRecursively(work);
        }
        return new BenchReport(environment, measurements, Targets.evaluate(measurements), notes);
    }

    /** Case 4 runs on PostgreSQL only; without it, a note says why it was skipped. */
    private static List<Measurement> autogenerate(BenchOptions options, List<BenchDatabase> databases, Path work,
            TrialPlan plan, Consumer<String> progress, List<String> environment, List<String> notes) throws Exception {
        Optional<PostgresDatabase> pg = databases.stream()
                .filter(PostgresDatabase.class::isInstance).map(PostgresDatabase.class::cast).findFirst();
        if (pg.isEmpty()) {
            if (!options.databases().contains("postgresql")) {
                note(notes, "Skipped case 4: it runs on PostgreSQL only and --db does not include postgresql");
            } // else the server is unreachable, and the note on the PostgreSQL cases already says so
            return List.of();
        }
        Path dir = work.resolve("autogenerate");
        AutogenerateSchemas schemas = AutogenerateSchemas.write(dir, options.schemaTables(), options.schemaChanged());
        environment.add("case 4: " + schemas.describe() + "; Liquibase diffs against a second database holding the "
                + "target");
        return new AutogenerateCase(schemas, dir, plan, progress).run(pg.get());
    }

    private static List<ToolRunner> selected(List<ToolRunner> runners, BenchOptions options) {
        return runners.stream().filter(r -> options.tools().contains(id(r))).toList();
    }

    /** The {@code --tools} id of a runner: retort, flyway, liquibase, raw. */
    private static String id(ToolRunner runner) {
        return runner.id();
    }

    private static List<String> ids(List<ToolRunner> runners) {
        return runners.stream().map(BenchMain::id).toList();
    }

    private static List<ToolRunner> applyRunners(LinearWorkspace w) {
        return List.of(new RetortRunner(w), new FlywayRunner(w), new LiquibaseRunner(w), new RawJdbcApplyRunner(w),
                new RawJdbcApplyRunner(w, false));
    }

    private static List<ToolRunner> noOpRunners(LinearWorkspace w) {
        return List.of(new RetortRunner(w), new RetortIndexedRunner(w), new FlywayRunner(w), new LiquibaseRunner(w),
                new RawJdbcStateRunner(w, new RetortRunner(w)));
    }

    private static List<BenchDatabase> databases(BenchOptions options, List<String> notes) {
        List<BenchDatabase> out = new ArrayList<>();
        for (String name : options.databases()) {
            BenchDatabase db = switch (name) {
                case "h2" -> new H2Database();
                case "mariadb" -> MariaDbDatabase.fromEnvironment();
                default -> PostgresDatabase.fromEnvironment();
            };
            String reason = db.unavailableReason();
            if (reason == null) {
                out.add(db);
            } else {
                note(notes, "Skipped the " + db.name() + " cases: " + reason);
            }
        }
        return out;
    }

    private static void note(List<String> notes, String note) {
        notes.add(note);
        System.err.println(note);
    }

    private static Path defaultOutputDirectory() throws URISyntaxException {
        Path jar = Path.of(BenchMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return jar.getParent(); // bench/target, from the jar or from target/classes
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
