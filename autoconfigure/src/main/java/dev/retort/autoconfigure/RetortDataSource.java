package dev.retort.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Qualifies the DataSource Retort migrates when it is not the application's primary one; with a name,
 * {@code @RetortDataSource("orders")}, the DataSource of the engine {@code retort.datasources.orders} (which it
 * defines when no property does).
 */
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Qualifier
public @interface RetortDataSource {

    /** {@return the engine's name; empty for the single engine configured by {@code retort.*}} */
    String value() default "";
}
