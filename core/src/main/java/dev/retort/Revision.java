package dev.retort;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Declares the graph position of a {@link JavaRevision}, with the same keys as a SQL script header. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {

    /** The revision id (12 hex characters by convention). */
    String id();

    /** Parent revision ids; empty for a root, several for a merge point. */
    String[] downRevision() default {};

    String[] branchLabels() default {};

    String[] dependsOn() default {};

    String message() default "";

    /** Run outside a transaction (statements autocommit). */
    boolean transactional() default true;

    /** Refuse any plan that would downgrade through this revision. */
    boolean irreversible() default false;
}
