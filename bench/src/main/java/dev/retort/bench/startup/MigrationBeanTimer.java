package dev.retort.bench.startup;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.InstantiationAwareBeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Time spent creating and initializing the migration library's beans: with Retort on, every bean whose type is
 * Retort's or that a Retort configuration class declares ({@code dev.retort.*}: the engine, the migration initializer,
 * the properties, the strategy, the connection details, the endpoint, health and metrics beans, the
 * auto-configuration classes); with it off, Flyway's
 * ({@code org.flywaydb.*} and Spring Boot's {@code ...flyway...} classes). Each bean creation runs from before instantiation to after initialization on
 * the main thread; beans are created inside one another (the engine while the initializer's arguments are resolved,
 * the DataSource while the engine's are), and each moment is counted for the innermost bean being created: a
 * migration bean's time counts, the other beans created inside it (the DataSource, the pool, Boot's connection
 * details) do not, since every mode creates them, and a migration bean created inside another bean counts again.
 * Measured in wall time and in the CPU time of the main thread (on a loaded machine the wall time is mostly waiting
 * for a core, the CPU time is the work). Work on other threads (Retort's read-ahead of the revisions, the pool's first
 * connection) is not in these figures: it shows in the process CPU time and in JVM start to ready. Of the wall time,
 * the part spent in the DataSource's {@code getConnection} (waiting for the pool to open the database, or opening it)
 * is also counted on its own ({@link #connectMillis}): it is the driver's and the database's work, which the first
 * user of the pool pays in any app.
 */
final class MigrationBeanTimer implements InstantiationAwareBeanPostProcessor, BeanFactoryAware {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private record Frame(String name, boolean migration) {
    }

    private final Thread main = Thread.currentThread();
    /** Whose beans count: Retort's, or Flyway's when Retort is off (the other library's beans are then like any other). */
    private final boolean retort;
    private final Deque<Frame> creating = new ArrayDeque<>();
    private final Map<String, long[]> perBean = new LinkedHashMap<>();
    private ConfigurableListableBeanFactory beans;
    private long lastWall;
    private long lastCpu;
    private long wall;
    private long cpu;
    private long connect;

    MigrationBeanTimer(boolean retort) {
        this.retort = retort;
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        beans = beanFactory instanceof ConfigurableListableBeanFactory listable ? listable : null;
    }

    @Override
    public synchronized Object postProcessBeforeInstantiation(Class<?> beanClass, String beanName) {
        if (Thread.currentThread() == main) {
            account();
            creating.push(new Frame(beanName, isMigration(retort, beanClass, beanName)
                    || isMigration(retort, factoryOf(beanName), beanName)));
        }
        return null;
    }

    /**
     * The configuration class whose {@code @Bean} method creates {@code beanName}, or null: a bean declared with a
     * type of another library (Retort's health indicator is a {@code HealthContributor}) is the library's by where it
     * is declared.
     */
    private Class<?> factoryOf(String beanName) {
        if (beans == null || !beans.containsBeanDefinition(beanName)) {
            return null;
        }
        String factory = beans.getBeanDefinition(beanName).getFactoryBeanName();
        return factory == null || !beans.containsBeanDefinition(factory) ? null : beans.getType(factory, false);
    }

    @Override
    public synchronized Object postProcessAfterInitialization(Object bean, String beanName) {
        // a FactoryBean's product comes here too under the factory's name, after the factory was popped
        if (Thread.currentThread() == main && !creating.isEmpty() && creating.peek().name().equals(beanName)) {
            account();
            creating.pop();
        }
        // in every mode alike; the pool stays visible through it (DelegatingDataSource, unwrap)
        return bean instanceof DataSource ds && !(bean instanceof TimedConnections) ? new TimedConnections(ds) : bean;
    }

    /** Times {@code getConnection} on the main thread while a migration bean is being created. */
    private final class TimedConnections extends DelegatingDataSource {

        TimedConnections(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            long start = System.nanoTime();
            try {
                return super.getConnection();
            } finally {
                countConnect(start);
            }
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            long start = System.nanoTime();
            try {
                return super.getConnection(username, password);
            } finally {
                countConnect(start);
            }
        }
    }

    private synchronized void countConnect(long start) {
        if (Thread.currentThread() == main && !creating.isEmpty() && creating.peek().migration()) {
            connect += System.nanoTime() - start;
        }
    }

    /** Gives the time since the last bean event to the innermost bean being created, if it is a migration bean. */
    private void account() {
        long nowWall = System.nanoTime();
        long nowCpu = THREADS.getCurrentThreadCpuTime();
        Frame top = creating.peek();
        if (top != null && top.migration()) {
            wall += nowWall - lastWall;
            cpu += nowCpu - lastCpu;
            long[] own = perBean.computeIfAbsent(top.name(), n -> new long[2]);
            own[0] += nowWall - lastWall;
            own[1] += nowCpu - lastCpu;
        }
        lastWall = nowWall;
        lastCpu = nowCpu;
    }

    static boolean isMigration(boolean retort, Class<?> type, String name) {
        String className = type == null ? "" : type.getName();
        if (retort) {
            return !className.startsWith("dev.retort.bench.")
                    && (className.startsWith("dev.retort.") || name.startsWith("retort"));
        }
        return className.startsWith("org.flywaydb.") || className.startsWith("org.springframework.boot.flyway.")
                || name.startsWith("flyway");
    }

    /** Each migration bean's own wall and CPU time, {@code name:ms/cpums,...}, the largest CPU time first (up to 8). */
    synchronized String detail() {
        StringBuilder detail = new StringBuilder();
        perBean.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(8)
                .forEach(e -> detail.append(detail.isEmpty() ? "" : ",").append(e.getKey().replace(',', ';'))
                        .append(':').append(e.getValue()[0] / 1_000_000).append('/')
                        .append(e.getValue()[1] / 1_000_000));
        return detail.isEmpty() ? "-" : detail.toString().replace(' ', '_');
    }

    /** Wall time inside the migration library's beans, in milliseconds. */
    synchronized double totalMillis() {
        return wall / 1e6;
    }

    /** The part of {@link #totalMillis()} spent getting connections from the DataSource, in milliseconds. */
    synchronized double connectMillis() {
        return connect / 1e6;
    }

    /** Like {@link #totalMillis()} in the CPU time of the main thread. */
    synchronized double cpuMillis() {
        return cpu / 1e6;
    }
}
