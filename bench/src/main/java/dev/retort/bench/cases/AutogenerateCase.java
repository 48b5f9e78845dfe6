package dev.retort.bench.cases;

import dev.retort.bench.db.PostgresDatabase;
import dev.retort.bench.db.TrialDatabase;
import dev.retort.bench.gen.AutogenerateSchemas;
import dev.retort.bench.report.Measurement;
import dev.retort.bench.runners.DiffRunner;
import dev.retort.bench.runners.LiquibaseDiffRunner;
import dev.retort.bench.runners.RetortAutogenerateRunner;
import dev.retort.bench.runners.RetortCompareRunner;
import dev.retort.bench.runners.RetortDiffRenderRunner;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Case 4 (PostgreSQL only): reflect a live schema and diff it with a target. One database holds the live schema
 * and another the target (Liquibase compares two databases); both are built once, before the trials, and no run
 * changes them, so every trial compares the same two schemas. The tools take turns within a round.
 */
public final class AutogenerateCase {

    /**
     * Liquibase's snapshot recurses along foreign keys, a few frames per table: the 500-table chain overflows the
     * default 1 MB thread stack (2 MB was enough). 64 MB leaves room for much larger schemas; it is only reserved
     * address space. All tools of the case run on this one thread, so they measure under the same conditions.
     */
    private static final long STACK_BYTES = 64L << 20;

    private final AutogenerateSchemas schemas;
    private final Path work;
    private final TrialPlan plan;
    private final Consumer<String> progress;

    /** @param work where the Retort command writes its revisions */
    public AutogenerateCase(AutogenerateSchemas schemas, Path work, TrialPlan plan, Consumer<String> progress) {
        this.schemas = schemas;
        this.work = work;
        this.plan = plan;
        this.progress = progress;
    }

    public List<Measurement> run(PostgresDatabase db) throws Exception {
        return onLargeStack(() -> measure(db));
    }

    private List<Measurement> measure(PostgresDatabase db) throws Exception {
        try (TrialDatabase live = db.create("c4_live"); TrialDatabase target = db.create("c4_target")) {
            execute(live, schemas.liveDdl());
            execute(target, schemas.targetDdl());
            try (Connection retort = live.dataSource().getConnection();
                    Connection liquibaseLive = live.dataSource().getConnection();
                    Connection liquibaseTarget = target.dataSource().getConnection()) {
                List<DiffRunner<?>> tools = List.of(
                        RetortCompareRunner.prepare(retort, schemas),
                        new RetortDiffRenderRunner(retort, schemas),
                        new RetortAutogenerateRunner(live.url(), work, schemas),
                        new LiquibaseDiffRunner(liquibaseTarget, liquibaseLive, schemas.changed()));
                return rounds(tools, db.name(), () -> vacuumCatalogs(retort, liquibaseLive, liquibaseTarget));
            }
        }
    }

    private List<Measurement> rounds(List<DiffRunner<?>> tools, String database, Settle settle) throws Exception {
        Samples samples = new Samples();
        tools.forEach(t -> samples.declare(t.name()));
        for (int round = 0; round < plan.rounds(); round++) {
            StringBuilder line = new StringBuilder();
            for (int k = 0; k < tools.size(); k++) {
                DiffRunner<?> tool = tools.get((round + k) % tools.size());
                settle.run();
                double ms = timeAndCheck(tool);
                if (plan.isMeasured(round)) {
                    samples.add(tool.name(), ms);
                }
                line.append(String.format(" %s %.0f ms;", tool.name(), ms));
            }
            progress.accept("case 4 " + database + (plan.isMeasured(round) ? " trial " : " warm-up ") + (round + 1)
                    + ":" + line);
        }
        return samples.toMeasurements(4, database);
    }

    private static <R> double timeAndCheck(DiffRunner<R> tool) throws Exception {
        tool.prepare();
        List<R> result = new ArrayList<>(1);
        double ms = Stopwatch.time(() -> result.add(tool.run()));
        tool.check(result.get(0));
        return ms;
    }

    private static <T> T onLargeStack(Callable<T> work) throws Exception {
        List<T> result = new ArrayList<>(1);
        List<Throwable> failure = new ArrayList<>(1);
        Thread thread = new Thread(null, () -> {
            try {
                result.add(work.call());
            } catch (Throwable t) {
                failure.add(t);
            }
        }, "bench-case-4", STACK_BYTES);
        thread.start();
        thread.join(); // join() makes the lists' contents visible here
        if (failure.isEmpty()) {
            return result.get(0);
        }
        if (failure.get(0) instanceof Exception e) {
            throw e;
        }
        throw (Error) failure.get(0);
    }

    /**
     * Every scratch build adds and discards the target's catalog rows (about 10,000 per run); without a vacuum
     * between runs the live database's catalogs bloat run after run, which no real database with autovacuum sees.
     * Liquibase leaves a transaction open on its connections, which would keep those rows alive: it is ended first.
     * No truncation: that needs an exclusive lock on the catalogs.
     */
    private static void vacuumCatalogs(Connection c, Connection... openTransactions) throws Exception {
        for (Connection open : openTransactions) {
            if (!open.getAutoCommit()) {
                open.rollback();
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("VACUUM (TRUNCATE false) pg_class, pg_attribute, pg_type, pg_depend, pg_constraint, pg_index, "
                    + "pg_attrdef, pg_trigger, pg_description, pg_sequence");
        }
    }

    private interface Settle {
        void run() throws Exception;
    }

    /** The whole DDL in one call: PostgreSQL runs a multi-statement string in one implicit transaction. */
    private static void execute(TrialDatabase db, String ddl) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(ddl);
        }
    }
}
