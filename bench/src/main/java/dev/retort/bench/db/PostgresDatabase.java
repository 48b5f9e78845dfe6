package dev.retort.bench.db;

/**
 * PostgreSQL: a database per trial through the admin URL ({@code RETORT_BENCH_POSTGRES_URL}),
 * {@code DROP DATABASE ... WITH (FORCE)} afterwards.
 */
public final class PostgresDatabase extends ServerDatabase {

    public static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    private static final String ENV = "RETORT_BENCH_POSTGRES_URL";

    public PostgresDatabase(String adminUrl) {
        super(adminUrl, ENV, "PostgreSQL", "jdbc:postgresql");
    }

    public static PostgresDatabase fromEnvironment() {
        return new PostgresDatabase(urlFromEnvironment(ENV, DEFAULT_URL));
    }

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    String dropSql(String db) {
        return "DROP DATABASE IF EXISTS " + db + " WITH (FORCE)";
    }
}
