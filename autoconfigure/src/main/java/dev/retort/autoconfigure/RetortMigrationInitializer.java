package dev.retort.autoconfigure;

import dev.retort.Retort;
import org.springframework.beans.factory.InitializingBean;

/** Runs the {@link RetortMigrationStrategy} once, when the bean is initialized; database users wait for it. */
public class RetortMigrationInitializer implements InitializingBean {

    private final Retort retort;
    private final RetortMigrationStrategy strategy;

    /**
     * Runs {@code strategy} with {@code retort} when the bean is initialized.
     *
     * @param retort the engine
     * @param strategy what runs at startup
     */
    public RetortMigrationInitializer(Retort retort, RetortMigrationStrategy strategy) {
        this.retort = retort;
        this.strategy = strategy;
    }

    @Override
    public void afterPropertiesSet() {
        strategy.migrate(retort);
    }
}
