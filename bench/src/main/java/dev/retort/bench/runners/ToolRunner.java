package dev.retort.bench.runners;

import javax.sql.DataSource;

/** One migration tool (or the raw JDBC floor), as a Spring Boot application would call it at startup. */
public interface ToolRunner {

    /** Name in the report: {@code Retort}, {@code Flyway}, {@code Liquibase}, {@code raw JDBC}. */
    String name();

    /** The {@code --tools} id: {@code retort}, {@code flyway}, {@code liquibase}, {@code raw}, ... */
    default String id() {
        return name().toLowerCase().replace(" jdbc", "");
    }

    /** Brings the database to the latest revision; the measured call. */
    void migrate(DataSource dataSource) throws Exception;

    /** What prepares a database for this runner's "nothing to do" measurement; by default itself. */
    default ToolRunner setup() {
        return this;
    }
}
