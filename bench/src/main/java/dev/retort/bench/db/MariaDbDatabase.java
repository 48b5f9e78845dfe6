package dev.retort.bench.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MariaDB: {@code CREATE DATABASE retort_bench_<pid>_<tag>} per trial through the admin URL
 * ({@code RETORT_BENCH_MARIADB_URL}), dropped afterwards. Only Retort and the raw JDBC floor run on it (Flyway would
 * need its MySQL module, Liquibase is not wired for it).
 */
public final class MariaDbDatabase implements BenchDatabase {

    public static final String DEFAULT_URL = "jdbc:mariadb://127.0.0.1:3306/test?user=root&password=";
    private static final Pattern URL = Pattern.compile("^(jdbc:mariadb://[^/?]*/)([^?]*)(\\?.*)?$");

    private final String adminUrl;
    private final String prefix = "retort_bench_" + ProcessHandle.current().pid() + "_";

    public MariaDbDatabase(String adminUrl) {
        this.adminUrl = adminUrl;
    }

    public static MariaDbDatabase fromEnvironment() {
        String url = System.getenv("RETORT_BENCH_MARIADB_URL");
        return new MariaDbDatabase(url == null || url.isBlank() ? DEFAULT_URL : url);
    }

    @Override
    public String name() {
        return "mariadb";
    }

    @Override
    public String unavailableReason() {
        if (!URL.matcher(adminUrl).matches()) {
            return "RETORT_BENCH_MARIADB_URL '" + adminUrl + "' is not jdbc:mariadb://host[:port]/db[?params]";
        }
        DriverManager.setLoginTimeout(5);
        try (Connection c = DriverManager.getConnection(adminUrl)) {
            c.isValid(5);
            return null;
        } catch (SQLException e) {
            return "MariaDB not reachable at " + adminUrl + " (" + e.getMessage() + "); set RETORT_BENCH_MARIADB_URL";
        }
    }

    @Override
    public TrialDatabase create(String tag) throws SQLException {
        ScratchDatabase scratch = scratch(tag);
        return new TrialDatabase(scratch.url(), scratch.dropper());
    }

    @Override
    public ScratchDatabase scratch(String tag) throws SQLException {
        String db = prefix + tag.toLowerCase().replaceAll("[^a-z0-9_]", "_");
        admin("DROP DATABASE IF EXISTS " + db);
        admin("CREATE DATABASE " + db);
        Matcher m = URL.matcher(adminUrl);
        m.matches();
        String url = m.group(1) + db + (m.group(3) == null ? "" : m.group(3));
        return new ScratchDatabase(url, () -> admin("DROP DATABASE IF EXISTS " + db));
    }

    @Override
    public String coldName() {
        return "mariadb, cold";
    }

    private void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
