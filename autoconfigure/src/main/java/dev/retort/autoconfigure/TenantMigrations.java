package dev.retort.autoconfigure;

import dev.retort.tenant.TenantResults;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Each tenant engine's startup results, by engine bean name: what health and the endpoint report per tenant. */
public class TenantMigrations {

    private final Map<String, TenantResults<?>> results = new ConcurrentHashMap<>();

    void record(String engine, TenantResults<?> tenants) {
        results.put(engine, tenants);
    }

    /** {@return the startup results of the engines that have tenants, by engine bean name} */
    public Map<String, TenantResults<?>> results() {
        return Map.copyOf(results);
    }
}
