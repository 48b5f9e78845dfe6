package dev.retort.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.Retort;
import dev.retort.command.AutogenerateCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code autogenerate.source=jpa} outside the Maven plugin (the starter, the test kit, plain Java): core finds this
 * module's provider with ServiceLoader, and the entities are found through the engine's class loader, with the
 * source's settings applied.
 */
class JpaTargetSchemaProviderTest {

    @TempDir
    Path dir;

    private Retort engine(String name, Map<String, String> settings) throws Exception {
        Files.createDirectories(dir.resolve("revisions"));
        return Retort.configure().url("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "")
                .locations("filesystem:" + dir.resolve("revisions"))
                .autogenerateSource("jpa", settings).load();
    }

    @Test
    void theJpaSourceIsTheEntitiesOfTheNamedPackages() throws Exception {
        Retort retort = engine("provider-packages", Map.of("autogenerate.entity-packages", "dev.retort.jpa.sequences"));
        assertThat(new AutogenerateCommand(retort.context()).configuredTarget())
                .hasToString("the JPA entities in dev.retort.jpa.sequences");
        assertThat(retort.check().differences()).contains("add table INVOICES", "add table INVOICE_LINE")
                .noneMatch(d -> d.contains("OWNERS"));
    }

    @Test
    void theSettingsShapeTheTablesAsTheApplicationsDo() throws Exception {
        Map<String, String> standard = Map.of("jpa.physical-strategy",
                "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl");
        try (Connection h2 = DriverManager.getConnection("jdbc:h2:mem:")) {
            String ddl = JpaTargetSchemaSource.of(getClass().getClassLoader(),
                    ClinicModelContract.managedClasses("dev.retort.jpa.clinic")).withSettings(standard).ddl(h2);
            assertThat(ddl).contains("lastName varchar(60) not null").doesNotContain("last_name varchar");
        }
    }
}
