package dev.retort.test.spring;

import dev.retort.test.RetortMigrationTests;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The one-class setup in a {@code @JdbcTest} slice: the engine is the slice's Retort bean (no override), the
 * database the slice's embedded one, and all five built-in tests pass on a graph with a branch and a merge.
 */
@JdbcTest
@TestPropertySource(properties = {"retort.locations=classpath:kit/good",
        "retort.autogenerate.schema=classpath:kit-schemas/good.sql"})
class JdbcSliceMigrationsTests implements RetortMigrationTests {
}
