package dev.retort.autoconfigure.actuate;

import dev.retort.Retort;
import dev.retort.autoconfigure.RetortAutoConfiguration;
import dev.retort.autoconfigure.RetortProperties;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
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

        @Bean
        @ConditionalOnMissingBean(name = "migrationsHealthIndicator")
        RetortHealthIndicator migrationsHealthIndicator(Map<String, Retort> engines,
                ObjectProvider<RetortProperties> properties) {
            RetortProperties p = properties.getIfAvailable(RetortProperties::new);
            return new RetortHealthIndicator(engines, p.getTarget(),
                    new Status(p.getHealth().getNotAtTargetStatus().toUpperCase(Locale.ROOT)), p.getStatusCache());
        }
    }
}
