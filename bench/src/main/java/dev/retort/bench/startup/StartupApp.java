package dev.retort.bench.startup;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Locale;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Case 5's application (SPEC section 9): a small Spring Boot web app (Web MVC, Actuator, JDBC, H2) started in a
 * fresh JVM per trial by {@link dev.retort.bench.cases.AppStartupCase}. The case chooses the migration library
 * with properties ({@code retort.enabled}, {@code spring.flyway.enabled}); the classpath is the same in every mode.
 * Once ready it prints one {@link #MARKER} line and exits:
 * {@code ready_ms} = JVM start to {@code ApplicationReadyEvent}, {@code spring_ms} = Spring's own time taken,
 * {@code migration_ms} = wall time inside the migration library's beans ({@link MigrationBeanTimer}: all of them, the
 * library's properties and other beans created inside them included), {@code migration_cpu_ms} = the main thread's CPU
 * time inside them, {@code cpu_ms} = the process's CPU time from JVM start to ready, {@code connect_ms} = the part of
 * {@code migration_ms} spent in the DataSource's {@code getConnection} (the pool opening the database).
 */
@SpringBootApplication
public class StartupApp {

    public static final String MARKER = "RETORT_BENCH_STARTUP";

    public static void main(String[] args) {
        ReadyListener ready = new ReadyListener();
        SpringApplication app = new SpringApplication(StartupApp.class);
        app.addListeners(ready);
        ConfigurableApplicationContext context = app.run(args);
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        MigrationBeanTimer timer = context.getBean(MigrationBeanTimer.class);
        System.out.println(String.format(Locale.ROOT,
                "%s ready_ms=%d spring_ms=%d migration_ms=%.3f boot=%s beans=%s migration_cpu_ms=%.3f cpu_ms=%d "
                        + "connect_ms=%.3f",
                MARKER,
                ready.readyAt - jvmStart, ready.timeTaken.toMillis(), timer.totalMillis(),
                SpringBootVersion.getVersion(), timer.detail(), timer.cpuMillis(), ready.cpuMillis,
                timer.connectMillis()));
        System.out.flush();
        System.exit(SpringApplication.exit(context));
    }

    @Bean
    static MigrationBeanTimer migrationBeanTimer(Environment environment) {
        return new MigrationBeanTimer(environment.getProperty("retort.enabled", Boolean.class, true));
    }

    /**
     * With {@code bench.touch-db=true} the app opens its database as soon as the DataSource bean exists (as an app
     * with JPA or a startup query does anyway), in every mode: then neither the baseline nor the migration beans
     * include starting the pool and opening the database, and the difference is the migration work alone.
     */
    @Bean
    @ConditionalOnBooleanProperty("bench.touch-db")
    static OpenDatabaseEarly openDatabaseEarly() {
        return new OpenDatabaseEarly();
    }

    /** Ordered, so it runs before {@link MigrationBeanTimer} (not ordered) sees the DataSource as created. */
    static final class OpenDatabaseEarly implements BeanPostProcessor, Ordered {

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (bean instanceof DataSource ds) {
                try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                    s.executeQuery("SELECT v FROM t_00001 WHERE id = 1").close();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
            return bean;
        }
    }

    /** One endpoint using the database, so the app has a JDBC user that waits for the migration. */
    @RestController
    static class RowController {

        private final JdbcClient jdbc;

        RowController(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @GetMapping("/rows/{n}")
        String row(@PathVariable("n") int n) {
            return jdbc.sql(String.format("SELECT v FROM t_%05d WHERE id = ?", n)).param(n).query(String.class).single();
        }
    }

    /** Records when the application is ready (a plain class: a lambda's event type cannot be resolved). */
    static final class ReadyListener implements ApplicationListener<ApplicationEvent> {

        volatile long readyAt;
        volatile Duration timeTaken = Duration.ZERO;
        volatile long cpuMillis;

        @Override
        public void onApplicationEvent(ApplicationEvent event) {
            if (event instanceof ApplicationReadyEvent e) {
                readyAt = System.currentTimeMillis();
                // the process's CPU time (every thread, JIT and GC included) from JVM start to ready
                cpuMillis = ManagementFactory.getOperatingSystemMXBean()
                        instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() / 1_000_000 : -1;
                timeTaken = e.getTimeTaken() != null ? e.getTimeTaken() : Duration.ZERO;
            }
        }
    }
}
