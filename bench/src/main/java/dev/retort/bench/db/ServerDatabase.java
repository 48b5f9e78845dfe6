package dev.retort.bench.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database server reached through an admin URL: {@code CREATE DATABASE retort_bench_<pid>_<tag>} per trial,
 * dropped afterwards. Subclasses name the server, its URL scheme and how a database is dropped.
 */
abstract class ServerDatabase implements BenchDatabase {

    private final String adminUrl;
    private final String envVariable;
    private final String product;
    private final String scheme;
    private final Pattern urlPattern;
    private final String prefix = "retort_bench_" + ProcessHandle.current().pid() + "_";

    /**
     * @param adminUrl where databases are created and dropped
     * @param envVariable the variable that sets the admin URL, for messages
     * @param product the server's name, for messages
     * @param scheme the JDBC URL scheme, e.g. {@code jdbc:postgresql}
     */
    ServerDatabase(String adminUrl, String envVariable, String product, String scheme) {
        this.adminUrl = adminUrl;
        this.envVariable = envVariable;
        this.product = product;
        this.scheme = scheme;
        this.urlPattern = Pattern.compile("^(" + Pattern.quote(scheme) + "://[^/?]*/)([^?]*)(\\?.*)?$");
    }

    static String urlFromEnvironment(String variable, String defaultUrl) {
        String url = System.getenv(variable);
        return url == null || url.isBlank() ? defaultUrl : url;
    }

    /** {@return the statement that drops database {@code db} even while connections to it are open} */
    abstract String dropSql(String db);

    @Override
    public String unavailableReason() {
        if (!urlPattern.matcher(adminUrl).matches()) {
            return envVariable + " '" + adminUrl + "' is not " + scheme + "://host[:port]/db[?params]";
        }
        DriverManager.setLoginTimeout(5);
        try (Connection c = DriverManager.getConnection(adminUrl)) {
            c.isValid(5);
            return null;
        } catch (SQLException e) {
            return product + " not reachable at " + adminUrl + " (" + e.getMessage() + "); set " + envVariable;
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
        admin(dropSql(db));
        admin("CREATE DATABASE " + db);
        Matcher m = urlPattern.matcher(adminUrl);
        m.matches();
        String url = m.group(1) + db + (m.group(3) == null ? "" : m.group(3));
        return new ScratchDatabase(url, () -> admin(dropSql(db)));
    }

    @Override
    public String coldName() {
        return name() + ", cold";
    }

    private void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
