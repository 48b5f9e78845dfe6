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

    /** {@return the revision id (12 hex characters by convention)} */
    String id();

    /** {@return the parent revision ids; empty for a root, several for a merge point} */
    String[] downRevision() default {};

    /** {@return the branch labels this revision starts} */
    String[] branchLabels() default {};

    /** {@return the revisions this one depends on besides its parents} */
    String[] dependsOn() default {};

    /** {@return the revision's message, shown by history} */
    String message() default "";

    /** {@return false to run outside a transaction (statements autocommit)} */
    boolean transactional() default true;

    /** {@return true to refuse any plan that would downgrade through this revision} */
    boolean irreversible() default false;
}
