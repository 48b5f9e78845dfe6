package dev.retort.bench;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** The lines describing where and with what a run was made. */
final class Environment {

    private Environment() {
    }

    static List<String> describe(BenchOptions options) {
        List<String> lines = new ArrayList<>();
        lines.add("date: " + Instant.now().truncatedTo(ChronoUnit.SECONDS));
        lines.add("machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name")
                + " " + System.getProperty("os.arch") + ", JVM " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.runtime.version") + ", max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
        lines.add("tools: Retort " + version("dev.retort", "retort-core") + ", Flyway "
                + version("org.flywaydb", "flyway-core") + ", Liquibase " + liquibase.util.LiquibaseUtil.getBuildVersion()
                + ", H2 " + org.h2.engine.Constants.FULL_VERSION + ", PostgreSQL JDBC "
                + org.postgresql.util.DriverInfo.DRIVER_VERSION + ", HikariCP " + version("com.zaxxer", "HikariCP"));
        lines.add("trials: " + options.warmups() + " warm-up + " + options.trials()
                + " measured per case (median reported), all tools in one JVM, tools take turns within each round");
        return lines;
    }

    private static String version(String group, String artifact) {
        String resource = "META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = Environment.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return "?";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "?");
        } catch (IOException e) {
            return "?";
        }
    }
}
