package dev.retort.schema;

import java.util.List;

/** Finds the {@link SchemaDialect} for a {@link dev.retort.dialect.Dialect} by its name. */
public final class SchemaDialects {

    private static final List<SchemaDialect> KNOWN = List.of(new PostgresSchemaDialect(), new MariaDbSchemaDialect(),
            new H2SchemaDialect());

    private SchemaDialects() {
    }

    /**
     * {@return the schema dialect named {@code name}} Throws when autogenerate does not support it.
     *
     * @param name a dialect name: {@code h2}, {@code postgresql}, {@code mariadb}
     */
    public static SchemaDialect byName(String name) {
        for (SchemaDialect d : KNOWN) {
            if (d.name().equals(name)) {
                return d;
            }
        }
        throw new SchemaException("Autogenerate does not support the " + name + " dialect yet; it supports "
                + KNOWN.stream().map(SchemaDialect::name).toList() + ". Write the revision by hand");
    }
}
