package dev.retort.testing;

import dev.retort.exec.DriverManagerDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.mariadb.MariaDBContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One fresh database per test class, created before the class and dropped after it, so classes run in
 * any order and in parallel. The server comes from {@code RETORT_TEST_POSTGRES_URL} /
 * {@code RETORT_TEST_MARIADB_URL} (an admin URL, user and password in it), else from Testcontainers
 * when Docker is available, else the class is skipped with the reason — except under {@code CI=true},
 * where a missing database fails the class.
 *
 * <pre>{@code @RegisterExtension static TestDatabase db = TestDatabase.postgres();}</pre>
 */
public final class TestDatabase implements BeforeAllCallback, AfterAllCallback {

    public enum Kind {
        POSTGRES("RETORT_TEST_POSTGRES_URL", "postgresql"), MARIADB("RETORT_TEST_MARIADB_URL", "mariadb"),
        H2(null, "h2");

        final String env;
        private final String dialect;

        Kind(String env, String dialect) {
            this.env = env;
            this.dialect = dialect;
        }

        /** {@return Retort's dialect name for this database} */
        public String dialect() {
            return dialect;
        }
    }

    private static JdbcDatabaseContainer<?> postgresContainer;
    private static JdbcDatabaseContainer<?> mariadbContainer;

    private final Kind kind;
    private String adminUrl;
    private String url;
    private String name;

    private TestDatabase(Kind kind) {
        this.kind = kind;
    }

    public static TestDatabase postgres() {
        return new TestDatabase(Kind.POSTGRES);
    }

    public static TestDatabase mariadb() {
        return new TestDatabase(Kind.MARIADB);
    }

    /** An in-memory H2 database private to the test class. */
    public static TestDatabase h2() {
        return new TestDatabase(Kind.H2);
    }

    public static TestDatabase of(Kind kind) {
        return new TestDatabase(kind);
    }

    public Kind kind() {
        return kind;
    }

    /** JDBC URL of this class's database (credentials included as URL parameters). */
    public String url() {
        return url;
    }

    /** Name of this class's database. */
    public String name() {
        return name;
    }

    public DataSource dataSource() {
        return new DriverManagerDataSource(url, null, null);
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        name = ("retort_" + context.getRequiredTestClass().getSimpleName() + "_"
                + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        if (name.length() > 60) {
            name = name.substring(0, 51) + name.substring(name.length() - 9);
        }
        if (kind == Kind.H2) {
            url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
            return;
        }
        adminUrl = System.getenv(kind.env);
        if ("none".equals(adminUrl)) { // the mutation run (-Ppit) keeps to the fast tests
            adminUrl = null;
            throw new TestAbortedException(kind + " tests are switched off: " + kind.env + "=none");
        }
        if (adminUrl == null || adminUrl.isBlank()) {
            adminUrl = fromTestcontainers();
        }
        try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        url = withDatabase(adminUrl, name);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (kind == Kind.H2) {
            if (url != null) {
                try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                    s.execute("SHUTDOWN");
                }
            }
            return;
        }
        if (adminUrl == null || url == null) {
            return;
        }
        try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
            if (kind == Kind.POSTGRES) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } else {
                s.execute("DROP DATABASE IF EXISTS " + name);
            }
        }
    }

    private String fromTestcontainers() {
        boolean docker;
        try {
            docker = DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable t) {
            docker = false;
        }
        if (!docker) {
            String reason = kind + " tests need a database: set " + kind.env
                    + " (e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres) or start Docker for Testcontainers";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true and no database: " + reason);
            }
            throw new TestAbortedException(reason);
        }
        synchronized (TestDatabase.class) {
            if (kind == Kind.POSTGRES) {
                if (postgresContainer == null) {
                    postgresContainer = new PostgreSQLContainer("postgres:15-alpine");
                    postgresContainer.start();
                }
                return postgresContainer.getJdbcUrl() + "?user=" + postgresContainer.getUsername() + "&password="
                        + postgresContainer.getPassword();
            }
            if (mariadbContainer == null) {
                mariadbContainer = new MariaDBContainer("mariadb:10.11").withUsername("root").withPassword("test");
                mariadbContainer.start();
            }
            return mariadbContainer.getJdbcUrl() + "?user=root&password=test";
        }
    }

    /** Replaces the database name in a {@code jdbc:<db>://host:port/name?params} URL. */
    static String withDatabase(String adminUrl, String database) {
        int q = adminUrl.indexOf('?');
        String base = q < 0 ? adminUrl : adminUrl.substring(0, q);
        String params = q < 0 ? "" : adminUrl.substring(q);
        int hostStart = base.indexOf("//") + 2;
        int slash = base.indexOf('/', hostStart);
        String host = slash < 0 ? base : base.substring(0, slash);
        return host + "/" + database + params;
    }
}
