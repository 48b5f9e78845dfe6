package dev.retort.tenant;

import dev.retort.ConfigurationException;
import dev.retort.Retort;
import dev.retort.RetortException;
import dev.retort.schema.NameFilter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs one command on many tenant schemas: each schema with its own version and history tables and lock, at most
 * {@code parallelism} at a time. One schema failing does not stop the others; every schema gets a result.
 */
public final class SchemaFanOut {

    /** The MDC key holding the tenant schema while its command runs, for log patterns ({@code %X{retort.schema}}). */
    public static final String MDC_KEY = "retort.schema";

    private static final Logger log = LoggerFactory.getLogger(SchemaFanOut.class);

    /** Schemas a glob never matches: the databases' own. */
    private static final Set<String> SYSTEM_SCHEMAS = Set.of("information_schema", "pg_catalog", "pg_toast", "mysql",
            "performance_schema", "sys");

    private final Retort engine;
    private final int parallelism;

    /**
     * @param engine the engine whose revisions every schema runs
     * @param parallelism how many schemas run at once (each borrows its own connections); at least 1
     */
    public SchemaFanOut(Retort engine, int parallelism) {
        if (parallelism < 1) {
            throw new ConfigurationException("The tenant parallelism must be at least 1, not " + parallelism);
        }
        this.engine = engine;
        this.parallelism = parallelism;
    }

    /**
     * {@return the patterns of a comma-separated list ({@code --schemas}, {@code retort.tenants.schemas})}
     *
     * @param list names or globs separated by commas; blanks are ignored
     */
    public static List<String> parse(String list) {
        return list == null ? List.of() : Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
    }

    /**
     * Resolves names and glob patterns ({@code *}, {@code ?}, ignoring case) to schemas, in name order. Plain names
     * are taken as they are (a missing schema is created on first use with {@code create-schemas}); globs match the
     * existing schemas, read with one catalog query, never the database's own ({@code pg_catalog}, {@code mysql}, ...).
     *
     * @param patterns names or globs
     * @return the schemas, each once
     */
    public List<String> resolve(List<String> patterns) {
        Set<String> schemas = new TreeSet<>();
        List<Pattern> globs = new ArrayList<>();
        for (String p : patterns) {
            if (p.indexOf('*') >= 0 || p.indexOf('?') >= 0) {
                globs.add(NameFilter.glob(p));
            } else {
                schemas.add(p);
            }
        }
        if (!globs.isEmpty()) {
            for (String name : catalog()) {
                if (!isSystem(name) && globs.stream().anyMatch(g -> g.matcher(name).matches())) {
                    schemas.add(name);
                }
            }
        }
        return List.copyOf(schemas);
    }

    private List<String> catalog() {
        String sql = engine.context().dialect().listSchemasSql();
        List<String> names = new ArrayList<>();
        try (Connection c = engine.context().connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new RetortException("Cannot list the database's schemas to match the tenant patterns: "
                    + e.getMessage().strip(), e);
        }
        return names;
    }

    private static boolean isSystem(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return SYSTEM_SCHEMAS.contains(n) || n.startsWith("pg_temp_") || n.startsWith("pg_toast_temp_");
    }

    /**
     * Runs {@code command} on each schema with the engine {@link Retort#forSchema for that schema}, at most
     * {@code parallelism} at a time; waits for all of them.
     *
     * @param schemas the schemas, e.g. from {@link #resolve}
     * @param command what to run on one schema's engine
     * @param <T> the command's result type
     * @return one result per schema, in the order given
     */
    public <T> TenantResults<T> run(List<String> schemas, Function<Retort, T> command) {
        if (parallelism == 1 || schemas.size() <= 1) {
            return new TenantResults<>(schemas.stream().map(s -> runOne(s, command)).toList());
        }
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, schemas.size()), r -> {
            Thread t = new Thread(r, "retort-tenant-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<TenantResult<T>>> futures = schemas.stream()
                    .map(s -> pool.submit(() -> runOne(s, command))).toList();
            List<TenantResult<T>> results = new ArrayList<>(schemas.size());
            for (Future<TenantResult<T>> f : futures) {
                results.add(f.get());
            }
            return new TenantResults<>(results);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetortException("Interrupted while the tenant schemas ran; some may not have run", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new RetortException("A tenant schema's run failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private <T> TenantResult<T> runOne(String schema, Function<Retort, T> command) {
        long start = System.nanoTime();
        MDC.put(MDC_KEY, schema);
        try {
            T value = command.apply(engine.forSchema(schema));
            return new TenantResult<>(schema, value, null, (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            log.debug("Tenant schema {} failed: {}", schema, e.getMessage()); // the caller reports it, once
            return new TenantResult<>(schema, null, e, (System.nanoTime() - start) / 1_000_000);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }
}
