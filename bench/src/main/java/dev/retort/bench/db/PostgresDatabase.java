package dev.retort.bench.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL: {@code CREATE DATABASE retort_bench_<pid>_<tag>} per trial through the admin URL
 * ({@code RETORT_BENCH_POSTGRES_URL}), {@code DROP DATABASE ... WITH (FORCE)} afterwards.
 */
public final class PostgresDatabase implements BenchDatabase {

    public static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    private static final Pattern URL = Pattern.compile("^(jdbc:postgresql://[^/?]*/)([^?]*)(\\?.*)?$");

    private final String adminUrl;
    private final String prefix = "retort_bench_" + ProcessHandle.current().pid() + "_";

    public PostgresDatabase(String adminUrl) {
        this.adminUrl = adminUrl;
    }

    public static PostgresDatabase fromEnvironment() {
        String url = System.getenv("RETORT_BENCH_POSTGRES_URL");
        return new PostgresDatabase(url == null || url.isBlank() ? DEFAULT_URL : url);
    }

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public String unavailableReason() {
        if (!URL.matcher(adminUrl).matches()) {
            return "RETORT_BENCH_POSTGRES_URL '" + adminUrl + "' is not jdbc:postgresql://host[:port]/db[?params]";
        }
        DriverManager.setLoginTimeout(5);
        try (Connection c = DriverManager.getConnection(adminUrl)) {
            c.isValid(5);
            return null;
        } catch (SQLException e) {
            return "PostgreSQL not reachable at " + adminUrl + " (" + e.getMessage()
                    + "); set RETORT_BENCH_POSTGRES_URL";
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
        admin("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
        admin("CREATE DATABASE " + db);
        Matcher m = URL.matcher(adminUrl);
        m.matches();
        String url = m.group(1) + db + (m.group(3) == null ? "" : m.group(3));
        return new ScratchDatabase(url, () -> admin("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)"));
    }

    @Override
    public String coldName() {
        return "postgresql, cold";
    }

    private void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
