package dev.retort.jpa.mentions;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** An annotation whose value can name {@code Entity.class}: the name then sits in the constant pool of a non-entity. */
@Retention(RetentionPolicy.RUNTIME)
public @interface Mentions {
    Class<?> value();
}
