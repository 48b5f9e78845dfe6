package dev.retort.schema;

import java.util.Map;

/**
 * A named source of autogenerate's target schema, found with {@link java.util.ServiceLoader} in the engine's class
 * loader when {@code retort.autogenerate.source} names it: {@code jpa} is retort-jpa's (the application's JPA
 * entities, through its own Hibernate), so core needs neither. {@code schema}, the schema files, is built in.
 */
public interface TargetSchemaProvider {

    /** {@return the {@code autogenerate.source} value this provider answers to, e.g. {@code jpa}} */
    String source();

    /**
     * {@return the target; expensive work (finding entities, say) waits for {@link TargetSchemaSource#load}, so an
     * engine that never compares pays nothing}
     *
     * @param classLoader the engine's class loader: the application's classes and libraries
     * @param settings the source's settings by the keys the CLI and the Maven plugin read, e.g.
     *     {@code autogenerate.entity-packages}, {@code jpa.physical-strategy}, {@code jpa.properties.<name>}
     */
    TargetSchemaSource target(ClassLoader classLoader, Map<String, String> settings);
}
