package dev.retort.autoconfigure.actuate;

import dev.retort.Retort;
import dev.retort.autoconfigure.RetortAutoConfiguration;
import dev.retort.autoconfigure.RetortProperties;
import dev.retort.autoconfigure.RetortTenants;
import dev.retort.autoconfigure.TenantMigrations;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the {@code migrations} health indicator when Spring Boot's health support is present. */
@AutoConfiguration(after = RetortAutoConfiguration.class)
@ConditionalOnClass({ Retort.class, AbstractHealthIndicator.class, ConditionalOnEnabledHealthIndicator.class })
public class RetortHealthContributorAutoConfiguration {

    /** Nested so that the health condition is only read once Spring Boot's health support is known to be present. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(Retort.class)
    @ConditionalOnEnabledHealthIndicator("migrations")
    static class HealthIndicatorConfiguration {

        /**
         * One engine: its indicator. Several engines, or tenants: one component per engine (named by its bean), so
         * each engine's state is its own, e.g. {@code /actuator/health/migrations/ordersRetort}.
         */
        @Bean
        @ConditionalOnMissingBean(name = "migrationsHealthIndicator")
        HealthContributor migrationsHealthIndicator(Map<String, Retort> engines,
                ObjectProvider<RetortProperties> properties, ObjectProvider<TenantMigrations> tenants,
                ObjectProvider<RetortTenants> tenantBeans) {
            RetortProperties p = properties.getIfAvailable(RetortProperties::new);
            Status notAtTarget = new Status(p.getHealth().getNotAtTargetStatus().toUpperCase(Locale.ROOT));
            TenantMigrations tenantResults = tenants.getIfAvailable();
            boolean mayHaveTenants = tenantResults != null && (engines.size() > 1 || !p.getTenants().getSchemas()
                    .isEmpty() || tenantBeans.iterator().hasNext());
            if (!mayHaveTenants) {
                return new RetortHealthIndicator(engines, p.getTarget(), notAtTarget, p.getStatusCache());
            }
            Map<String, HealthContributor> components = new TreeMap<>();
            engines.forEach((name, engine) -> components.put(name, new TenantAwareHealthIndicator(name,
                    new RetortHealthIndicator(Map.of(name, engine), p.getTarget(), notAtTarget,
                    p.getStatusCache()), tenantResults,
                    notAtTarget)));
            return engines.size() == 1 ? components.values().iterator().next()
                    : CompositeHealthContributor.fromMap(components);
        }
    }
}
