package dev.retort.autoconfigure.metrics;

import dev.retort.Retort;
import dev.retort.autoconfigure.RetortAutoConfiguration;
import dev.retort.autoconfigure.RetortProperties;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Micrometer metrics and observations for Retort, each active only when its library and registry are present; the
 * listeners that time the auto-configured engines' revisions only while {@code retort.enabled} is not {@code false}.
 */
@AutoConfiguration(after = RetortAutoConfiguration.class, afterName = {
        "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration",
        "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration" })
@ConditionalOnClass(Retort.class)
public class RetortMetricsAutoConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    @ConditionalOnBean(MeterRegistry.class)
    static class MeterConfiguration {

        /** Without an ObservationRegistry; with one, the Observation's meter handler records the timer. */
        @Bean
        @ConditionalOnBooleanProperty(name = "retort.enabled", matchIfMissing = true)
        @ConditionalOnMissingBean(type = { "dev.retort.autoconfigure.metrics.MigrationTimerListener",
                "io.micrometer.observation.ObservationRegistry" })
        MigrationTimerListener retortMigrationTimerListener(MeterRegistry registry) {
            return new MigrationTimerListener(registry);
        }

        @Bean
        @ConditionalOnBean(Retort.class)
        @ConditionalOnMissingBean
        RetortMeterBinder retortMeterBinder(Map<String, Retort> engines, ObjectProvider<RetortProperties> properties) {
            return new RetortMeterBinder(engines, properties.getIfAvailable(RetortProperties::new).getTarget());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ObservationRegistry.class)
    @ConditionalOnBean(ObservationRegistry.class)
    static class ObservationConfiguration {

        @Bean
        @ConditionalOnBooleanProperty(name = "retort.enabled", matchIfMissing = true)
        @ConditionalOnMissingBean
        MigrationObservationListener retortMigrationObservationListener(ObservationRegistry registry) {
            return new MigrationObservationListener(registry);
        }
    }
}
