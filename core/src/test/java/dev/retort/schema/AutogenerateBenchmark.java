package dev.retort.schema;

import dev.retort.Retort;
import dev.retort.exec.DriverManagerDataSource;
import dev.retort.schema.diff.SchemaComparator;
import dev.retort.schema.diff.SchemaDiff;
import dev.retort.schema.model.Schema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * SPEC §9 case 4 on PostgreSQL, as a program (not a test): a 500-table schema (five columns, a primary
 * key, an index and a foreign key each) against a target that adds a column to 50 of them. Prints the
 * median of several runs of (1) reflect + compare and (2) the whole autogenerate, scratch schema
 * included. Run with {@code RETORT_TEST_POSTGRES_URL} set to an admin URL; it creates and drops its own database.
 */
public final class AutogenerateBenchmark {

    private static final int TABLES = 500;
    private static final int CHANGED = 50;
    private static final int WARMUP = 3;
    private static final int RUNS = 9;

    public static void main(String[] args) throws Exception {
        String admin = System.getenv().getOrDefault("RETORT_TEST_POSTGRES_URL",
                "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");
        String name = "retort_bench_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = DriverManager.getConnection(admin); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        String url = withDatabase(admin, name);
        Path dir = Files.createTempDirectory("retort-bench");
        try {
            run(url, dir);
        } finally {
            try (Connection c = DriverManager.getConnection(admin); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }

    private static void run(String url, Path dir) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(ddl(0));
        }
        Path schemaFile = dir.resolve("schema.sql");
        Files.writeString(schemaFile, ddl(CHANGED));
        SchemaDialect dialect = new PostgresSchemaDialect();
        Autogenerator generator = new Autogenerator(dialect,
                new DdlTargetSchemaSource(List.of("filesystem:" + schemaFile), AutogenerateBenchmark.class.getClassLoader()),
                Set.of());
        Schema target;
        try (Connection c = DriverManager.getConnection(url)) {
            target = new DdlTargetSchemaSource(List.of("filesystem:" + schemaFile),
                    AutogenerateBenchmark.class.getClassLoader()).load(c, dialect);
        }
        try (Connection c = DriverManager.getConnection(url)) {
            long reflect = median(() -> generator.reflectLive(c).tables().size());
            long compare = median(() -> SchemaComparator.compare(generator.reflectLive(c), target).changes().size());
            long whole = median(() -> {
                SchemaDiff diff = generator.compare(c);
                return generator.upgradeSql(diff).length() + generator.downgradeSql(diff).length();
            });
            String targetDdl = ddl(CHANGED);
            long ddlOnly = median(() -> applyAndRollBack(c, targetDdl));
            System.out.printf("tables=%d changed=%d changes=%d%n", TABLES, CHANGED,
                    SchemaComparator.compare(generator.reflectLive(c), target).changes().size());
            System.out.printf("reflect (median of %d): %d ms%n", RUNS, reflect);
            System.out.printf("reflect + compare (median of %d): %d ms (target <= 300 ms)%n", RUNS, compare);
            System.out.printf("compare incl. scratch schema + render (median of %d): %d ms%n", RUNS, whole);
            System.out.printf("floor: the target DDL alone over raw JDBC, rolled back (median of %d): %d ms%n", RUNS, ddlOnly);
        }
        long command = median(() -> {
            Path revisions = dir.resolve("revisions-" + UUID.randomUUID());
            try {
                Files.createDirectories(revisions);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return Retort.configure().dataSource(new DriverManagerDataSource(url, null, null))
                    .locations("filesystem:" + revisions).revisionDirectory(revisions)
                    .autogenerateSchema(List.of("filesystem:" + schemaFile)).serviceLoader(false).load()
                    .autogenerate("bench").diff().changes().size();
        });
        System.out.printf("whole 'revision --autogenerate' incl. scratch schema (median of %d): %d ms (target <= 1500 ms)%n",
                RUNS, command);
    }

    /** The scratch schema's unavoidable part: running the target DDL, without Retort. */
    private static int applyAndRollBack(Connection c, String ddl) {
        try (Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("CREATE SCHEMA retort_bench_floor");
            s.execute("SET LOCAL search_path TO retort_bench_floor");
            for (String statement : ddl.split(";\n")) {
                s.execute(statement);
            }
            c.rollback();
            c.setAutoCommit(true);
            return 0;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long median(Supplier<Integer> work) {
        for (int i = 0; i < WARMUP; i++) {
            work.get();
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            times.add((System.nanoTime() - start) / 1_000_000);
        }
        Collections.sort(times);
        return times.get(RUNS / 2);
    }

    /** The 500 tables; the first {@code changed} get an extra column. */
    static String ddl(int changed) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < TABLES; i++) {
            b.append("CREATE TABLE t").append(i).append(" (id INTEGER PRIMARY KEY, ")
                    .append(i == 0 ? "parent_id INTEGER, " : "parent_id INTEGER REFERENCES t" + (i - 1) + " (id), ")
                    .append("name VARCHAR(100) NOT NULL, amount NUMERIC(12, 2) DEFAULT 0, created TIMESTAMP")
                    .append(i < changed ? ", extra INTEGER" : "").append(");\n");
            b.append("CREATE INDEX ix_t").append(i).append("_name ON t").append(i).append(" (name);\n");
        }
        return b.toString();
    }

    private static String withDatabase(String adminUrl, String database) {
        int q = adminUrl.indexOf('?');
        String base = q < 0 ? adminUrl : adminUrl.substring(0, q);
        String params = q < 0 ? "" : adminUrl.substring(q);
        return base.substring(0, base.lastIndexOf('/') + 1) + database + params;
    }
}
