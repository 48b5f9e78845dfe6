package dev.retort.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.retort.Retort;
import dev.retort.bench.db.PostgresDatabase;
import dev.retort.tenant.SchemaFanOut;
import dev.retort.tenant.TenantResults;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Issue 13's scale case (docs/benchmarks.md): N tenant schemas × R revisions on PostgreSQL, Retort's fan-out
 * sequential and with {@code --parallel}, against a loop of Flyway runs, one per schema. One run per mode, each in a
 * fresh database; reports wall time, the most connections borrowed at once and the heap.
 *
 * <pre>java -cp bench/target/retort-bench.jar dev.retort.bench.TenantsBench --tenants 1000 --revisions 10
 * --parallel 1,4,8</pre>
 */
public final class TenantsBench {

    private TenantsBench() {
    }

    /** One mode's figures. */
    record Row(String mode, int tenants, long ms, int maxConnections, long heapAfterMb, long heapPeakMb) {
    }

    public static void main(String[] args) throws Exception {
        QuietLogging.apply();
        int tenants = 1000;
        int revisions = 10;
        List<Integer> parallel = List.of(1, 4, 8);
        boolean flyway = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--tenants" -> tenants = Integer.parseInt(args[++i]);
                case "--revisions" -> revisions = Integer.parseInt(args[++i]);
                case "--parallel" -> parallel = List.of(args[++i].split(",")).stream().map(Integer::parseInt).toList();
                case "--no-flyway" -> flyway = false;
                case "--no-retort" -> parallel = List.of();
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; options: --tenants N "
                        + "--revisions N --parallel 1,4,8 --no-flyway --no-retort");
            }
        }
        PostgresDatabase server = PostgresDatabase.fromEnvironment();
        String unavailable = server.unavailableReason();
        if (unavailable != null) {
            throw new IllegalStateException(unavailable);
        }
        Path dir = Files.createTempDirectory("retort-bench-tenants");
        writeRevisions(dir, revisions);
        List<Row> rows = new ArrayList<>();
        for (int p : parallel) {
            rows.add(run(server, "Retort --parallel " + p, tenants, revisions, p, ds -> {
                Retort engine = Retort.configure().dataSource(ds).locations("filesystem:" + dir.resolve("retort"))
                        .serviceLoader(false).load();
                SchemaFanOut fanOut = new SchemaFanOut(engine, p);
                TenantResults<?> results = fanOut.run(fanOut.resolve(List.of("tenant_*")), r -> r.upgrade("head"));
                results.throwIfFailed();
            }));
        }
        if (flyway) {
            int n = tenants;
            rows.add(run(server, "Flyway, a loop of runs", tenants, revisions, 1, ds -> {
                for (int t = 1; t <= n; t++) {
                    Flyway.configure().dataSource(ds).schemas(tenant(t)).locations("filesystem:" + dir.resolve("flyway"))
                            .load().migrate();
                }
            }));
        }
        PrintWriter out = new PrintWriter(System.out, true);
        out.println("| mode | tenants × revisions | wall s | tenants/s | max connections borrowed | heap after, MB "
                + "| heap peak, MB |");
        out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (Row r : rows) {
            out.printf("| %s | %d × %d | %.1f | %.1f | %d | %d | %d |%n", r.mode(), r.tenants(), revisions,
                    r.ms() / 1000.0, r.tenants() * 1000.0 / r.ms(), r.maxConnections(), r.heapAfterMb(),
                    r.heapPeakMb());
        }
    }

    interface Migration {
        void run(DataSource ds) throws Exception;
    }

    private static Row run(PostgresDatabase server, String mode, int tenants, int revisions, int parallelism,
            Migration migration) throws Exception {
        var db = server.create("tenants_" + parallelism + "_" + mode.charAt(0));
        try (db) {
            try (Connection c = DriverManager.getConnection(db.url()); Statement s = c.createStatement()) {
                for (int t = 1; t <= tenants; t++) {
                    s.addBatch("CREATE SCHEMA " + tenant(t));
                }
                s.executeBatch();
            }
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(db.url());
            config.setMaximumPoolSize(32); // never the bound: the fan-out's parallelism is
            config.setPoolName("tenants");
            try (HikariDataSource pool = new HikariDataSource(config)) {
                CountingDataSource counting = new CountingDataSource(pool);
                System.gc();
                ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
                long start = System.nanoTime();
                migration.run(counting);
                long ms = (System.nanoTime() - start) / 1_000_000;
                long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(m -> m.getType() == MemoryType.HEAP).mapToLong(m -> m.getPeakUsage().getUsed()).sum();
                System.gc();
                long after = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                check(db.url(), tenants, revisions);
                System.err.printf("%s: %d ms%n", mode, ms);
                return new Row(mode, tenants, ms, counting.max.get(), after >> 20, peak >> 20);
            }
        }
    }

    /** Every tenant holds the last revision's table and row: the run did all of it. */
    private static void check(String url, int tenants, int revisions) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM pg_tables WHERE schemaname LIKE 'tenant\\_%' "
                        + "AND tablename = 't" + revisions + "'")) {
            rs.next();
            if (rs.getInt(1) != tenants) {
                throw new IllegalStateException("only " + rs.getInt(1) + " of " + tenants + " tenants are at the last "
                        + "revision");
            }
        }
    }

    private static String tenant(int t) {
        return String.format("tenant_%04d", t);
    }

    private static void writeRevisions(Path dir, int revisions) throws Exception {
        Path retort = Files.createDirectories(dir.resolve("retort"));
        Path flyway = Files.createDirectories(dir.resolve("flyway"));
        for (int n = 1; n <= revisions; n++) {
            String sql = "CREATE TABLE t" + n + " (id INT PRIMARY KEY, v VARCHAR(20));\nINSERT INTO t" + n
                    + " (id, v) VALUES (1, 'r" + n + "');\n";
            String id = String.format("a%011d", n);
            String down = n == 1 ? "" : String.format("a%011d", n - 1);
            Files.writeString(retort.resolve(id + "_r" + n + ".sql"), "-- revision: " + id + "\n-- down_revision: "
                    + down + "\n-- message: r" + n + "\n\n-- retort:upgrade\n" + sql + "\n-- retort:downgrade\n"
                    + "DROP TABLE t" + n + ";\n");
            Files.writeString(flyway.resolve("V" + n + "__r" + n + ".sql"), sql);
        }
    }

    /** Counts the connections borrowed at once, the figure the parallelism bounds. */
    static final class CountingDataSource implements DataSource {

        final AtomicInteger open = new AtomicInteger();
        final AtomicInteger max = new AtomicInteger();
        private final DataSource delegate;

        CountingDataSource(DataSource delegate) {
            this.delegate = delegate;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return track(delegate.getConnection());
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return track(delegate.getConnection(user, password));
        }

        private Connection track(Connection c) {
            max.accumulateAndGet(open.incrementAndGet(), Math::max);
            boolean[] closed = new boolean[1];
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] { Connection.class }, (proxy, method, args) -> {
                        if (method.getName().equals("close") && !closed[0]) {
                            closed[0] = true;
                            open.decrementAndGet();
                        }
                        try {
                            return method.invoke(c, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return delegate.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            delegate.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            delegate.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return delegate.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            return delegate.unwrap(iface);
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) throws SQLException {
            return delegate.isWrapperFor(iface);
        }
    }
}
