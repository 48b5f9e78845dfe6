package dev.retort.schema.model;

/**
 * A column as the database normalized it.
 *
 * @param type the type as the database prints it (e.g. {@code character varying(20)}, {@code int(11)})
 * @param defaultValue the default expression as the database prints it, null when none
 * @param identity how the database generates values, {@link Identity#NONE} when it does not
 * @param comment null when the column has none
 */
public record Column(String name, String type, boolean nullable, String defaultValue, Identity identity,
        String comment) {

    /**
     * Database-generated values: SQL identity columns ({@code ALWAYS}, {@code BY_DEFAULT}; MariaDB
     * {@code AUTO_INCREMENT} is {@code BY_DEFAULT}), and PostgreSQL {@code SERIAL}: the default takes the next value
     * of a sequence the column owns, as {@code serial}/{@code bigserial} make it.
     */
    public enum Identity {
        NONE, ALWAYS, BY_DEFAULT, SERIAL;

        /** True for the standard's {@code GENERATED ... AS IDENTITY}. */
        public boolean isSqlIdentity() {
            return this == ALWAYS || this == BY_DEFAULT;
        }
    }
}
