package dev.retort.autoconfigure.actuate;

import dev.retort.autoconfigure.TenantMigrations;
import dev.retort.tenant.TenantResult;
import dev.retort.tenant.TenantResults;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * One engine's health: with tenant schemas, their startup results (how many ran, which failed and why; the configured
 * not-at-target status when any failed), since reading every tenant's state at each check would cost a query per
 * tenant; without, the engine's {@link RetortHealthIndicator}.
 */
class TenantAwareHealthIndicator extends AbstractHealthIndicator {

    private final String engine;
    private final HealthIndicator engineHealth;
    private final TenantMigrations tenants;
    private final Status notAtTarget;

    TenantAwareHealthIndicator(String engine, HealthIndicator engineHealth, TenantMigrations tenants,
            Status notAtTarget) {
        super("Cannot read the migration state of engine " + engine);
        this.engine = engine;
        this.engineHealth = engineHealth;
        this.tenants = tenants;
        this.notAtTarget = notAtTarget;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        TenantResults<?> results = tenants.results().get(engine);
        if (results == null) {
            Health health = engineHealth.health();
            builder.status(health.getStatus()).withDetails(health.getDetails());
            return;
        }
        List<? extends TenantResult<?>> failed = results.failed();
        Map<String, Object> failures = new LinkedHashMap<>();
        failed.forEach(f -> failures.put(f.schema(), f.summary().substring(f.schema().length() + 2)));
        builder.status(failed.isEmpty() ? Status.UP : notAtTarget)
                .withDetail("tenants", results.results().size())
                .withDetail("migrated", results.results().size() - failed.size());
        if (!failures.isEmpty()) {
            builder.withDetail("failed", failures);
        }
    }
}
