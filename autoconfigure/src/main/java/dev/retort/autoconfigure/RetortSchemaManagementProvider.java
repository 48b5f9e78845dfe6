package dev.retort.autoconfigure;

import dev.retort.Retort;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;

/** Answers {@code MANAGED} for DataSources a Retort engine migrates, so Hibernate's default ddl-auto backs off. */
class RetortSchemaManagementProvider implements SchemaManagementProvider {

    private final ObjectProvider<Retort> engines;

    RetortSchemaManagementProvider(ObjectProvider<Retort> engines) {
        this.engines = engines;
    }

    @Override
    public SchemaManagement getSchemaManagement(DataSource dataSource) {
        boolean migrated = engines.stream()
                .anyMatch(r -> r.context().hasDatabase() && r.context().dataSource().equals(dataSource));
        return migrated ? SchemaManagement.MANAGED : SchemaManagement.UNMANAGED;
    }
}
