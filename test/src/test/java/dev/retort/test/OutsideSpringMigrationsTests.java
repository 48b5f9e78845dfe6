package dev.retort.test;

import dev.retort.Retort;
import java.util.List;

/** docs/testing.md's "Outside Spring" class, run as a user runs it: every built-in test passes. */
class OutsideSpringMigrationsTests implements RetortMigrationTests {

    static final Retort RETORT = Retort.configure()
            .url("jdbc:h2:mem:outside-spring;DB_CLOSE_DELAY=-1", "sa", "")
            .locations("classpath:kit/good")
            .autogenerateSchema(List.of("classpath:kit-schemas/good.sql"))
            .load();

    @Override
    public Retort retort() {
        return RETORT;
    }
}
