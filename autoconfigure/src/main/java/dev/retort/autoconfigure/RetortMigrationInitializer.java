package dev.retort.autoconfigure;

import dev.retort.Retort;
import dev.retort.RetortException;
import dev.retort.tenant.SchemaFanOut;
import dev.retort.tenant.TenantFailedException;
import dev.retort.tenant.TenantResult;
import dev.retort.tenant.TenantResults;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Runs the {@link RetortMigrationStrategy} for every engine once, when the bean is initialized, in engine name order;
 * an engine with tenant schemas runs it in each of them. Database users wait for it.
 */
public class RetortMigrationInitializer implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(RetortMigrationInitializer.class);

    /** What an engine runs at startup: its strategy, and its tenant settings and schemas. */
    record EngineStartup(RetortMigrationStrategy strategy, RetortProperties.Tenants tenants, List<String> schemas) {
    }

    private final Map<String, Retort> engines;
    private final Function<String, EngineStartup> startup;
    private final TenantMigrations tenantResults;

    /**
     * Runs {@code strategy} with {@code retort} when the bean is initialized.
     *
     * @param retort the engine
     * @param strategy what runs at startup
     */
    public RetortMigrationInitializer(Retort retort, RetortMigrationStrategy strategy) {
        this(Map.of("retort", retort), engine -> new EngineStartup(strategy, new RetortProperties.Tenants(), List.of()),
                new TenantMigrations());
    }

    RetortMigrationInitializer(Map<String, Retort> engines, Function<String, EngineStartup> startup,
            TenantMigrations tenantResults) {
        this.engines = new TreeMap<>(engines);
        this.startup = startup;
        this.tenantResults = tenantResults;
    }

    @Override
    public void afterPropertiesSet() {
        List<TenantResult<?>> failed = new ArrayList<>();
        engines.forEach((name, retort) -> {
            EngineStartup s = startup.apply(name);
            if (s.schemas().isEmpty()) {
                s.strategy().migrate(retort);
            } else {
                failed.addAll(migrateTenants(name, retort, s));
            }
        });
        if (!failed.isEmpty()) {
            throw new TenantFailedException(failed);
        }
    }

    /** @return the failed tenants that fail startup ({@code retort.tenants.fail-fast}) */
    private List<TenantResult<?>> migrateTenants(String name, Retort retort, EngineStartup s) {
        SchemaFanOut fanOut = new SchemaFanOut(retort, s.tenants().getParallelism());
        List<String> schemas = fanOut.resolve(s.schemas());
        log.info("Engine {}: migrating {} tenant schema(s), {} at a time", name, schemas.size(),
                s.tenants().getParallelism());
        TenantResults<Boolean> results = fanOut.run(schemas, tenant -> {
            s.strategy().migrate(tenant);
            return true;
        });
        tenantResults.record(name, results);
        List<TenantResult<Boolean>> failed = results.failed();
        failed.forEach(f -> log.error("Engine {}: tenant {}", name, f.summary()));
        log.info("Engine {}: {} tenant schema(s) migrated, {} failed{}", name, schemas.size() - failed.size(),
                failed.size(), failed.isEmpty() || s.tenants().isFailFast() ? ""
                        : " (retort.tenants.fail-fast=false: the application starts; health reports them)");
        return s.tenants().isFailFast() ? List.copyOf(failed) : List.of();
    }

    /** {@return the patterns of {@code retort.tenants.schemas} and of every {@link RetortTenants} bean} */
    static List<String> schemas(String engine, Retort retort, List<String> configured, List<RetortTenants> beans) {
        List<String> patterns = new ArrayList<>(configured);
        for (RetortTenants tenants : beans) {
            try {
                patterns.addAll(tenants.schemas(engine, retort.context().dataSource()));
            } catch (SQLException e) {
                throw new RetortException("Cannot read the tenant schemas of engine " + engine + " from "
                        + tenants.getClass().getName() + ": " + e.getMessage(), e);
            }
        }
        return patterns;
    }
}
