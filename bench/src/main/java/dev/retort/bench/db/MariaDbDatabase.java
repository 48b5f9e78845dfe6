package dev.retort.bench.db;

/**
 * MariaDB: a database per trial through the admin URL ({@code RETORT_BENCH_MARIADB_URL}), dropped afterwards. Only
 * Retort and the raw JDBC floor run on it (Flyway would need its MySQL module, Liquibase is not wired for it).
 */
public final class MariaDbDatabase extends ServerDatabase {

    public static final String DEFAULT_URL = "jdbc:mariadb://127.0.0.1:3306/test?user=root&password=";
    private static final String ENV = "RETORT_BENCH_MARIADB_URL";

    public MariaDbDatabase(String adminUrl) {
        super(adminUrl, ENV, "MariaDB", "jdbc:mariadb");
    }

    public static MariaDbDatabase fromEnvironment() {
        return new MariaDbDatabase(urlFromEnvironment(ENV, DEFAULT_URL));
    }

    @Override
    public String name() {
        return "mariadb";
    }

    @Override
    String dropSql(String db) {
        return "DROP DATABASE IF EXISTS " + db;
    }
}
