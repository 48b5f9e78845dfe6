package dev.retort.autoconfigure.actuate;

import dev.retort.Retort;
import dev.retort.autoconfigure.RetortAutoConfiguration;
import dev.retort.autoconfigure.RetortProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Exposes the {@code migrations} Actuator endpoint when Actuator is present and the endpoint is available. */
@AutoConfiguration(after = RetortAutoConfiguration.class)
@ConditionalOnClass({ Retort.class, ConditionalOnAvailableEndpoint.class })
public class RetortEndpointAutoConfiguration {

    /** Nested so that the Actuator condition is only read once Actuator is known to be present. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnAvailableEndpoint(RetortEndpoint.class)
    static class EndpointConfiguration {

        @Bean
        @ConditionalOnBean(Retort.class)
        @ConditionalOnMissingBean
        RetortEndpoint retortEndpoint(ApplicationContext context, ObjectProvider<RetortProperties> properties) {
            RetortProperties p = properties.getIfAvailable(RetortProperties::new);
            return new RetortEndpoint(context, p.getTarget(), p.getStatusCache());
        }
    }
}
