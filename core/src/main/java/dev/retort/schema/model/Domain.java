package dev.retort.schema.model;

import java.util.List;

/**
 * A PostgreSQL domain: a base type with a default, {@code NOT NULL} and check constraints.
 *
 * @param name the domain's name
 * @param nullable false for {@code NOT NULL}
 * @param baseType the underlying type as the database prints it (may be another domain or an enum type)
 * @param defaultValue the default expression as the database prints it, null when none
 * @param checks the check constraints; {@code expression} is the condition, without {@code CHECK}
 */
public record Domain(String name, String baseType, boolean nullable, String defaultValue,
        List<CheckConstraint> checks) {

    /**
     * Copies the checks.
     *
     * @param name the domain's name
     * @param baseType the underlying type
     * @param nullable false for {@code NOT NULL}
     * @param defaultValue the default expression, null when none
     * @param checks the check constraints
     */
    public Domain {
        checks = List.copyOf(checks);
    }
}
