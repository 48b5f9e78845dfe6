package dev.retort.bench.cases;

import dev.retort.bench.gen.LinearWorkspace;
import dev.retort.bench.report.Measurement;
import dev.retort.bench.report.Targets;
import dev.retort.bench.runners.FlywayRunner;
import dev.retort.bench.runners.RetortIndexedRunner;
import dev.retort.bench.runners.RetortRunner;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Case 5: startup of a small Spring Boot web app ({@code dev.retort.bench.startup.StartupApp}) in a fresh JVM per
 * trial, with the Retort starter, with no migration library, and with Spring Boot's Flyway auto-configuration;
 * the same classpath and the same revisions (already applied, nothing pending) in every mode, each mode on its
 * own H2 file database migrated once before the trials. Measured: JVM start to {@code ApplicationReadyEvent},
 * and the wall time inside the migration beans. Modes take turns within each round.
 */
public final class AppStartupCase {

    public static final String DATABASE = "h2 file";
    private static final String RETORT_BEANS = Targets.RETORT_BEANS;
    private static final String FLYWAY_BEANS = Targets.FLYWAY_BEANS;
    private static final String RETORT_BEANS_CPU = "Retort (migration beans, main-thread CPU)";
    /** The Retort app with its revisions on the class path and the build-time index beside them. */
    private static final String RETORT_INDEXED = "Retort+index";
    private static final String RETORT_INDEXED_BEANS = "Retort+index (migration beans)";
    private static final String RETORT_INDEXED_BEANS_CPU = "Retort+index (migration beans, main-thread CPU)";
    private static final String INDEXED_LOCATION = "classpath:db/revisions";
    private static final String FLYWAY_BEANS_CPU = "Flyway (migration beans, main-thread CPU)";
    /**
     * The part of the wall time in the beans spent in the DataSource's {@code getConnection}: the pool starting and the
     * driver opening the database, which falls on the first user of the pool in any app.
     */
    private static final String RETORT_BEANS_CONNECT = "Retort (migration beans, getting a connection)";
    private static final String FLYWAY_BEANS_CONNECT = "Flyway (migration beans, getting a connection)";
    /** The wall time in the beans less getting a connection, trial by trial: the library's own part. */
    private static final String RETORT_BEANS_OWN = "Retort (migration beans, less getting a connection)";
    private static final String FLYWAY_BEANS_OWN = "Flyway (migration beans, less getting a connection)";
    /** Suffix of each mode's row of process CPU time from JVM start to ready. */
    private static final String PROCESS_CPU = " (process CPU to ready)";

    private static final String APP = "dev.retort.bench.startup.StartupApp";
    private static final Pattern MARKER = Pattern.compile(
            "RETORT_BENCH_STARTUP ready_ms=(\\d+) spring_ms=(\\d+) migration_ms=([0-9.]+) boot=(\\S+)"
                    + " beans=\\S+ migration_cpu_ms=([0-9.]+) cpu_ms=(-?\\d+) connect_ms=([0-9.]+)");

    private enum Mode {
        NONE(Targets.NO_MIGRATION), RETORT(Targets.RETORT), FLYWAY(Targets.FLYWAY), RETORT_INDEX(RETORT_INDEXED);

        final String tool;

        Mode(String tool) {
            this.tool = tool;
        }
    }

    /**
     * One start: wall times, the main thread's CPU time inside the migration beans and the process's CPU time to ready
     * (on a loaded machine the wall times are mostly waiting for a core; the CPU times are the work).
     */
    private record Result(long readyMs, long springMs, double migrationMs, String bootVersion, double migrationCpuMs,
            long cpuMs, double connectMs) {
    }

    private final LinearWorkspace workspace;
    private final Path work;
    private final TrialPlan plan;
    private final boolean touchDatabase;
    private final boolean index;
    private final Consumer<String> progress;
    private String bootVersion = "?";

    /**
     * @param touchDatabase the app opens its database when its DataSource is created, in every mode (then no mode
     *        pays alone for starting the pool and opening the database)
     * @param index also start a Retort app with the revisions on its class path and the {@code retort:index} index
     */
    public AppStartupCase(LinearWorkspace workspace, Path work, TrialPlan plan, boolean touchDatabase, boolean index,
            Consumer<String> progress) {
        this.workspace = workspace;
        this.work = work;
        this.plan = plan;
        this.touchDatabase = touchDatabase;
        this.index = index;
        this.progress = progress;
    }

    /** One line for the report's environment, after {@link #run()}. */
    public String describe() {
        return "case 5: Spring Boot " + bootVersion + " web app (Web MVC + Actuator + JDBC/Hikari + H2 file database"
                + (touchDatabase ? ", opens its database when the DataSource is created, in every mode" : "") + "), "
                + workspace.count()
                + " revisions applied, nothing pending; a fresh JVM per trial, same classpath in every mode"
                + (index ? " (Retort+index: the revisions on the class path with the retort:index index, "
                        + INDEXED_LOCATION + "; Retort: filesystem)" : "") + "; "
                + "measured from JVM start to ApplicationReadyEvent; " + plan.warmups() + " warm-up + " + plan.measured()
                + " measured rounds, the modes taking turns in each";
    }

    /** What each starter adds to the median startup, and the time inside its migration beans. */
    public static String summary(List<Measurement> results) {
        double none = median(results, Targets.NO_MIGRATION);
        double retort = median(results, Targets.RETORT) - none;
        double flyway = median(results, Targets.FLYWAY) - none;
        return String.format(Locale.ROOT, "case 5, JVM start to ready: the Retort starter adds %.0f ms to the app's startup (%.0f ms inside "
                + "its migration beans), Flyway's adds %.0f ms (%.0f ms inside its beans); Retort adds %.2f× what "
                + "Flyway adds (differences of medians). Median of the per-round differences (modes take turns "
                + "within a round): Retort %+.0f ms, Flyway %+.0f ms. Spread of the baseline: %.0f-%.0f ms; a "
                + "difference smaller than that spread is noise (see docs/benchmarks-startup.md). CPU time, steadier "
                + "on a loaded machine: inside the migration beans (main thread) Retort %.0f ms, Flyway %.0f ms; "
                + "whole process to ready, median of the per-round differences: Retort %+.0f ms, Flyway %+.0f ms. "
                + "Of the wall time in the beans, getting a connection (the pool starting, the driver opening the "
                + "database): Retort %.0f ms, Flyway %.0f ms; the rest, trial by trial: Retort %.0f ms, Flyway %.0f ms.",
                retort, median(results, RETORT_BEANS), flyway, median(results, FLYWAY_BEANS),
                flyway > 0 ? retort / flyway : Double.NaN, pairedMedian(results, Targets.RETORT),
                pairedMedian(results, Targets.FLYWAY), baseline(results).min(), baseline(results).max(),
                median(results, RETORT_BEANS_CPU), median(results, FLYWAY_BEANS_CPU),
                pairedMedian(results, Targets.RETORT + PROCESS_CPU, Targets.NO_MIGRATION + PROCESS_CPU),
                pairedMedian(results, Targets.FLYWAY + PROCESS_CPU, Targets.NO_MIGRATION + PROCESS_CPU),
                median(results, RETORT_BEANS_CONNECT), median(results, FLYWAY_BEANS_CONNECT),
                median(results, RETORT_BEANS_OWN), median(results, FLYWAY_BEANS_OWN))
                + (samples(results, RETORT_INDEXED).isEmpty() ? "" : String.format(Locale.ROOT, " With the revision "
                        + "index (Retort+index): per-round difference %+.0f ms, %.0f ms inside its beans (%.0f ms main-thread "
                        + "CPU), process CPU %+.0f ms.", pairedMedian(results, RETORT_INDEXED),
                        median(results, RETORT_INDEXED_BEANS), median(results, RETORT_INDEXED_BEANS_CPU),
                        pairedMedian(results, RETORT_INDEXED + PROCESS_CPU, Targets.NO_MIGRATION + PROCESS_CPU)));
    }

    private static Measurement baseline(List<Measurement> results) {
        return results.stream().filter(m -> m.tool().equals(Targets.NO_MIGRATION)).findFirst()
                .orElse(new Measurement(5, DATABASE, Targets.NO_MIGRATION, List.of(Double.NaN)));
    }

    /** The median over measured rounds of (tool's sample - none's sample) of the same round. */
    private static double pairedMedian(List<Measurement> results, String tool) {
        return pairedMedian(results, tool, Targets.NO_MIGRATION);
    }

    /** The median over measured rounds of (row's sample - baseline row's sample of the same round). */
    private static double pairedMedian(List<Measurement> results, String tool, String baselineRow) {
        List<Double> none = samples(results, baselineRow);
        List<Double> other = samples(results, tool);
        List<Double> differences = new ArrayList<>();
        for (int i = 0; i < Math.min(none.size(), other.size()); i++) {
            differences.add(other.get(i) - none.get(i));
        }
        return differences.isEmpty() ? Double.NaN : new Measurement(5, DATABASE, tool, differences).median();
    }

    private static List<Double> samples(List<Measurement> results, String tool) {
        return results.stream().filter(m -> m.tool().equals(tool)).findFirst().map(Measurement::samplesMs)
                .orElse(List.of());
    }

    private static double median(List<Measurement> results, String tool) {
        return results.stream().filter(m -> m.tool().equals(tool)).findFirst().map(Measurement::median)
                .orElse(Double.NaN);
    }

    public List<Measurement> run() throws Exception {
        List<String> classpathAndJava = launcher();
        Samples samples = new Samples();
        Mode[] modes = index ? Mode.values() : new Mode[] {Mode.NONE, Mode.RETORT, Mode.FLYWAY};
        String[] urls = new String[Mode.values().length];
        for (Mode mode : modes) {
            urls[mode.ordinal()] = prepare(mode);
            samples.declare(mode.tool);
        }
        samples.declare(RETORT_BEANS);
        samples.declare(FLYWAY_BEANS);
        samples.declare(RETORT_BEANS_CPU);
        samples.declare(FLYWAY_BEANS_CPU);
        samples.declare(RETORT_BEANS_CONNECT);
        samples.declare(FLYWAY_BEANS_CONNECT);
        samples.declare(RETORT_BEANS_OWN);
        samples.declare(FLYWAY_BEANS_OWN);
        if (index) {
            samples.declare(RETORT_INDEXED_BEANS);
            samples.declare(RETORT_INDEXED_BEANS_CPU);
        }
        for (Mode mode : modes) {
            samples.declare(mode.tool + PROCESS_CPU);
        }
        for (int round = 0; round < plan.rounds(); round++) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < modes.length; i++) {
                Mode mode = modes[(round + i) % modes.length];
                Result r = launch(classpathAndJava, mode, urls[mode.ordinal()]);
                bootVersion = r.bootVersion();
                if (plan.isMeasured(round)) {
                    samples.add(mode.tool, r.readyMs());
                    samples.add(mode.tool + PROCESS_CPU, r.cpuMs());
                    if (mode == Mode.RETORT) {
                        samples.add(RETORT_BEANS, r.migrationMs());
                        samples.add(RETORT_BEANS_CPU, r.migrationCpuMs());
                        samples.add(RETORT_BEANS_CONNECT, r.connectMs());
                        samples.add(RETORT_BEANS_OWN, r.migrationMs() - r.connectMs());
                    } else if (mode == Mode.RETORT_INDEX) {
                        samples.add(RETORT_INDEXED_BEANS, r.migrationMs());
                        samples.add(RETORT_INDEXED_BEANS_CPU, r.migrationCpuMs());
                    } else if (mode == Mode.FLYWAY) {
                        samples.add(FLYWAY_BEANS, r.migrationMs());
                        samples.add(FLYWAY_BEANS_CPU, r.migrationCpuMs());
                        samples.add(FLYWAY_BEANS_CONNECT, r.connectMs());
                        samples.add(FLYWAY_BEANS_OWN, r.migrationMs() - r.connectMs());
                    }
                }
                line.append(String.format(" %s %d ms [process CPU %d ms]", mode.tool, r.readyMs(), r.cpuMs()));
                if (mode != Mode.NONE) {
                    line.append(String.format(" (beans %.0f ms, %.0f ms CPU, %.0f ms getting a connection)",
                            r.migrationMs(), r.migrationCpuMs(), r.connectMs()));
                }
                line.append(';');
            }
            progress.accept("case 5 " + (plan.isMeasured(round) ? "trial " : "warm-up ") + (round + 1) + ":" + line);
        }
        return samples.toMeasurements(5, DATABASE);
    }

    /** A file database with every revision applied (by the mode's own tool; Retort's for {@code none}). */
    private String prepare(Mode mode) throws Exception {
        Path dir = work.resolve("startup-db");
        String url = "jdbc:h2:file:" + dir.resolve(mode.name().toLowerCase()).toAbsolutePath();
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        ds.setUser("sa");
        ds.setPassword("");
        if (mode == Mode.FLYWAY) {
            new FlywayRunner(workspace).migrate(ds);
        } else if (mode == Mode.RETORT_INDEX) {
            new RetortIndexedRunner(workspace).migrate(ds); // also writes the class path root and its index
        } else {
            new RetortRunner(workspace).migrate(ds);
        }
        return url; // closed with its last connection (H2's default), so the app can open it
    }

    private Result launch(List<String> javaAndClasspath, Mode mode, String url) throws IOException,
            InterruptedException {
        List<String> command = new ArrayList<>(javaAndClasspath);
        command.add(APP);
        command.add("--spring.datasource.url=" + url);
        command.add("--spring.datasource.username=sa");
        command.add("--spring.datasource.password=");
        command.add("--server.port=0");
        command.add("--bench.touch-db=" + touchDatabase);
        switch (mode) {
            case NONE -> {
                command.add("--retort.enabled=false");
                command.add("--spring.flyway.enabled=false");
            }
            case RETORT -> {
                command.add("--retort.locations=filesystem:" + workspace.retortDir().toAbsolutePath());
                command.add("--spring.flyway.enabled=false");
            }
            case RETORT_INDEX -> {
                int classpath = command.indexOf("-cp") + 1;
                command.set(classpath, command.get(classpath) + File.pathSeparator
                        + RetortIndexedRunner.classPathRoot(workspace).toAbsolutePath());
                command.add("--retort.locations=" + INDEXED_LOCATION);
                command.add("--spring.flyway.enabled=false");
            }
            case FLYWAY -> {
                command.add("--retort.enabled=false");
                command.add("--spring.flyway.locations=filesystem:" + workspace.flywayDir().toAbsolutePath());
            }
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Deque<String> tail = new ArrayDeque<>();
        Result result = null;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                Matcher m = MARKER.matcher(line);
                if (m.find()) {
                    result = new Result(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)),
                            Double.parseDouble(m.group(3)), m.group(4), Double.parseDouble(m.group(5)),
                            Long.parseLong(m.group(6)), Double.parseDouble(m.group(7)));
                }
                tail.addLast(line);
                if (tail.size() > 60) {
                    tail.removeFirst();
                }
            }
        }
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        if (result == null || process.exitValue() != 0) {
            throw new IllegalStateException("case 5: the " + mode.tool + " app did not start cleanly (exit "
                    + process.exitValue() + "); last output:\n" + String.join("\n", tail));
        }
        return result;
    }

    /**
     * The java command and the app's classpath: {@code bench/target/classes} plus the libraries listed in
     * {@code bench/target/startup-classpath.txt}, which the package phase writes.
     */
    private static List<String> launcher() throws URISyntaxException, IOException {
        Path codeSource = Path.of(AppStartupCase.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path target = codeSource.getParent(); // bench/target, from the shaded jar or from target/classes
        Path classes = target.resolve("classes");
        Path listing = target.resolve("startup-classpath.txt");
        if (!Files.isDirectory(classes) || !Files.isRegularFile(listing)) {
            throw new IllegalStateException("case 5 needs " + classes + " and " + listing
                    + ": build with `mvn -B -pl bench -am package -DskipTests` first");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-cp", classes + File.pathSeparator + Files.readString(listing).strip());
    }
}
