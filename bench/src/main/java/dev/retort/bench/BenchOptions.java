package dev.retort.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Command-line options.
 *
 * @param out where results.md and results.json go; null = the directory of the bench jar (bench/target)
 * @param startupTrials measured trials of case 5 (one JVM start each; noisier, so more of them)
 * @param startupTouchDb case 5's app opens its database when its DataSource is created, in every mode
 * @param schemaTables tables of the case 4 schema
 * @param schemaChanged tables of the case 4 schema that the target adds a column to
 * @param modes how cases 1-2 run: {@code warm} (every tool in this JVM) and/or {@code cold} (a fresh JVM per trial)
 */
public record BenchOptions(int warmups, int trials, Set<Integer> cases, List<String> databases, int revisions,
        int graphRevisions, Path out, Set<String> tools, int startupTrials, boolean startupTouchDb, int schemaTables,
        int schemaChanged, Set<String> modes) {

    /** Revisions of the case 5 app (SPEC section 9 case 5, issue 4 item 7). */
    public static final int STARTUP_REVISIONS = 100;

    /** Cases 1-3 only: cases 4 and 5 with their defaults. */
    public BenchOptions(int warmups, int trials, Set<Integer> cases, List<String> databases, int revisions,
            int graphRevisions, Path out, Set<String> tools) {
        this(warmups, trials, cases, databases, revisions, graphRevisions, out, tools, 7, false, 500, 50,
                Set.of("warm"));
    }

    public static final String USAGE = """
            Usage: java -jar bench/target/retort-bench.jar [options]
              --quick              1 warm-up + 3 measured trials (default 2 + 5; case 5: 2 + 7)
              --warmup N           warm-up trials per case
              --trials N           measured trials per case (the median is reported)
              --cases 1,2,3,4,5    which cases to run (default all; 4 = autogenerate compare, PostgreSQL only;
                                   5 = app startup, one JVM per trial)
              --db h2,postgresql   which databases (default both; PostgreSQL from RETORT_BENCH_POSTGRES_URL,
                                   default jdbc:postgresql://127.0.0.1:5432/test?user=postgres); mariadb on
                                   request (RETORT_BENCH_MARIADB_URL, default
                                   jdbc:mariadb://127.0.0.1:3306/test?user=root&password=; Retort and raw JDBC only)
              --revisions N        revisions for cases 1 and 2 (default 1000)
              --graph-revisions N  revisions of the case 3 graph (default 10000)
              --schema-tables N    tables of the case 4 schema (default 500)
              --schema-changed N   case 4 tables the target adds a column to (default 50)
              --mode warm,cold     cases 1-2 in this JVM (warm, default) and/or each trial in a fresh JVM
                                   (cold: class loading, cold code and the first connection are timed)
              --tools a,b          only these tools in cases 1-2 (retort, flyway, liquibase, raw; case 1 also
                                   raw-noversion, the floor without its version row; case 2 also
                                   retort+index: the files on the class path with a retort:index index;
                                   case 5 adds a Retort+index app to none, Retort and Flyway with it)
              --startup-trials N   measured trials of case 5 (default 7, --quick 3)
              --startup-touch-db   case 5's app opens its database when the DataSource is created, in every mode
              --out DIR            where results.md and results.json are written (default bench/target)
            """;

    public static BenchOptions defaults() {
        return new BenchOptions(2, 5, Set.of(1, 2, 3, 4, 5), List.of("h2", "postgresql"), 1000, 10_000, null,
                Set.of("retort", "flyway", "liquibase", "raw"), 7, false, 500, 50, Set.of("warm"));
    }

    public static BenchOptions parse(String[] args) {
        BenchOptions o = defaults();
        int warmups = o.warmups;
        int trials = o.trials;
        Set<Integer> cases = o.cases;
        List<String> databases = o.databases;
        int revisions = o.revisions;
        int graphRevisions = o.graphRevisions;
        Path out = null;
        Set<String> tools = o.tools;
        int startupTrials = o.startupTrials;
        boolean startupTouchDb = o.startupTouchDb;
        int schemaTables = o.schemaTables;
        int schemaChanged = o.schemaChanged;
        Set<String> modes = o.modes;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--quick" -> {
                    warmups = 1;
                    trials = 3;
                    startupTrials = 3;
                }
                case "--warmup" -> warmups = Integer.parseInt(value(args, ++i, a));
                case "--trials" -> trials = Integer.parseInt(value(args, ++i, a));
                case "--cases" -> cases = parseCases(value(args, ++i, a));
                case "--db" -> databases = parseDatabases(value(args, ++i, a));
                case "--revisions" -> revisions = Integer.parseInt(value(args, ++i, a));
                case "--graph-revisions" -> graphRevisions = Integer.parseInt(value(args, ++i, a));
                case "--schema-tables" -> schemaTables = Integer.parseInt(value(args, ++i, a));
                case "--schema-changed" -> schemaChanged = Integer.parseInt(value(args, ++i, a));
                case "--startup-trials" -> startupTrials = Integer.parseInt(value(args, ++i, a));
                case "--startup-touch-db" -> startupTouchDb = true;
                case "--out" -> out = Path.of(value(args, ++i, a));
                case "--mode" -> modes = parseModes(value(args, ++i, a));
                case "--tools" -> tools = Set.of(value(args, ++i, a).toLowerCase().split(","));
                default -> throw new IllegalArgumentException("unknown option '" + a + "'\n" + USAGE);
            }
        }
        if (trials < 1 || warmups < 0 || revisions < 1 || graphRevisions < 200 || startupTrials < 1
                || schemaChanged < 1 || schemaChanged > schemaTables) {
            throw new IllegalArgumentException("need --trials >= 1, --warmup >= 0, --revisions >= 1, "
                    + "--graph-revisions >= 200, --startup-trials >= 1, 1 <= --schema-changed <= --schema-tables\n"
                    + USAGE);
        }
        return new BenchOptions(warmups, trials, cases, databases, revisions, graphRevisions, out, tools,
                startupTrials, startupTouchDb, schemaTables, schemaChanged, modes);
    }

    private static Set<String> parseModes(String list) {
        Set<String> out = new LinkedHashSet<>();
        for (String m : list.split(",")) {
            String mode = m.strip().toLowerCase();
            if (!mode.equals("warm") && !mode.equals("cold")) {
                throw new IllegalArgumentException("unknown mode '" + m + "': use warm, cold or warm,cold");
            }
            out.add(mode);
        }
        return out;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        }
        return args[i];
    }

    private static Set<Integer> parseCases(String list) {
        Set<Integer> out = new LinkedHashSet<>();
        for (String c : list.split(",")) {
            int n = Integer.parseInt(c.strip());
            if (n < 1 || n > 5) {
                throw new IllegalArgumentException("cases are 1 to 5 (SPEC section 9), got " + n);
            }
            out.add(n);
        }
        return out;
    }

    private static List<String> parseDatabases(String list) {
        List<String> out = new ArrayList<>();
        for (String d : list.split(",")) {
            String name = switch (d.strip().toLowerCase()) {
                case "h2" -> "h2";
                case "pg", "postgres", "postgresql" -> "postgresql";
                case "maria", "mariadb" -> "mariadb";
                default -> throw new IllegalArgumentException("unknown database '" + d
                        + "': use h2, postgresql or mariadb");
            };
            if (!out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }
}
