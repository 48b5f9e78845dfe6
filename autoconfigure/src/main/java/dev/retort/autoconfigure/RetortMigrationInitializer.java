package dev.retort.autoconfigure;

import dev.retort.Retort;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.Ordered;

/** Runs the {@link RetortMigrationStrategy} once, when the bean is initialized; database users wait for it. */
public class RetortMigrationInitializer implements InitializingBean, Ordered {

    private final Retort retort;
    private final RetortMigrationStrategy strategy;
    private int order;

    public RetortMigrationInitializer(Retort retort, RetortMigrationStrategy strategy) {
        this.retort = retort;
        this.strategy = strategy;
    }

    @Override
    public void afterPropertiesSet() {
        strategy.migrate(retort);
    }

    @Override
    public int getOrder() {
        return order;
    }

    public void setOrder(int order) {
        this.order = order;
    }
}
