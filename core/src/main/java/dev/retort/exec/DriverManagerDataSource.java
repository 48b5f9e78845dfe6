package dev.retort.exec;

import dev.retort.config.Secrets;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A DataSource over {@link DriverManager} for a URL/user/password, for the CLI and {@code retort.url}. The driver of a
 * well-known URL prefix (H2, PostgreSQL, MariaDB) is loaded by its class name when this class's loader has it; other
 * URLs go through {@link DriverManager}. Drivers {@link DriverManager} cannot see from here (those of a project class
 * path the Maven plugin reads) are found through {@link ServiceLoader} in the configured class loader.
 */
public final class DriverManagerDataSource implements DataSource {

    /**
     * URL prefix → driver class, tried before {@link DriverManager}: asking DriverManager first makes it load and
     * initialise every driver on the class path (the CLI's jar has three) though a command uses one.
     */
    private static final Map<String, String> WELL_KNOWN_DRIVERS = Map.of(
            "jdbc:h2:", "org.h2.Driver",
            "jdbc:postgresql:", "org.postgresql.Driver",
            "jdbc:mariadb:", "org.mariadb.jdbc.Driver");

    private final String url;
    private final String user;
    private final String password;
    private final ClassLoader driverLoader;
    private volatile Driver driver;

    /**
     * @param url the JDBC URL
     * @param user the user, or {@code null}
     * @param password the password, or {@code null}
     */
    public DriverManagerDataSource(String url, String user, String password) {
        this(url, user, password, null);
    }

    /** @param driverLoader where to look for the driver when {@link DriverManager} has none for the URL; may be null */
    public DriverManagerDataSource(String url, String user, String password, ClassLoader driverLoader) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.driverLoader = driverLoader;
    }

    /** {@return the JDBC URL} */
    public String url() {
        return url;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String pw) throws SQLException {
        Properties info = new Properties();
        if (username != null) {
            info.put("user", username);
        }
        if (pw != null) {
            info.put("password", pw);
        }
        Driver d = driver();
        if (d == null) {
            return DriverManager.getConnection(url, info);
        }
        Connection c = d.connect(url, info);
        if (c == null) {
            throw new SQLException("The JDBC driver " + d.getClass().getName() + " does not accept " + Secrets.maskUrl(url),
                    "08001");
        }
        return c;
    }

    /**
     * The well-known driver for the URL, else the driver from {@link #driverLoader} when {@link DriverManager} has none
     * for the URL; null when DriverManager is to connect.
     */
    private Driver driver() throws SQLException {
        if (driver != null) {
            return driver;
        }
        Driver known = wellKnownDriver(url);
        if (known != null) {
            driver = known;
            return known;
        }
        if (driverLoader == null) {
            return null;
        }
        try {
            DriverManager.getDriver(url);
            return null;
        } catch (SQLException noneVisible) {
            for (Driver candidate : ServiceLoader.load(Driver.class, driverLoader)) {
                if (candidate.acceptsURL(url)) {
                    driver = candidate;
                    return candidate;
                }
            }
            throw new SQLException("No JDBC driver for " + Secrets.maskUrl(url) + " on the class path: add the database's driver to "
                    + "the project's dependencies (runtime scope)", "08001", noneVisible);
        }
    }

    /**
     * The driver of a well-known URL prefix, loaded from this class's own loader (the one {@link DriverManager} would
     * check from here) when it has the driver and the driver accepts the URL; null otherwise, so any other case takes
     * the DriverManager route with its errors unchanged.
     */
    static Driver wellKnownDriver(String url) {
        if (url == null) {
            return null;
        }
        for (Map.Entry<String, String> known : WELL_KNOWN_DRIVERS.entrySet()) {
            if (url.startsWith(known.getKey())) {
                try {
                    Class<?> type = Class.forName(known.getValue(), true, DriverManagerDataSource.class.getClassLoader());
                    Driver candidate = (Driver) type.getDeclaredConstructor().newInstance();
                    return candidate.acceptsURL(url) ? candidate : null;
                } catch (ReflectiveOperationException | LinkageError | ClassCastException | SQLException notUsable) {
                    return null;
                }
            }
        }
        return null;
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
        DriverManager.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return DriverManager.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("not a wrapper for " + iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }

    @Override
    public String toString() {
        return "DriverManagerDataSource[" + url + "]";
    }
}
