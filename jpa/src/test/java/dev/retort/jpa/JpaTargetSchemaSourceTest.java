package dev.retort.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.ConfigurationException;
import dev.retort.schema.SchemaException;
import java.net.URL;
import java.net.URLClassLoader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Hibernate's DDL for the target: naming, settings, and the errors a user can cause (on H2, no server needed). */
class JpaTargetSchemaSourceTest {

    private Connection h2;

    @BeforeEach
    void open() throws Exception {
        h2 = DriverManager.getConnection("jdbc:h2:mem:");
    }

    @AfterEach
    void close() throws Exception {
        h2.close();
    }

    private static JpaTargetSchemaSource clinic() {
        return JpaTargetSchemaSource.of(JpaTargetSchemaSourceTest.class.getClassLoader(),
                ClinicModelContract.managedClasses("dev.retort.jpa.clinic"));
    }

    @Test
    void springBootNamingByDefault() {
        String ddl = clinic().ddl(h2);
        assertThat(ddl).contains("create table owners", "last_name varchar(60) not null", "zip varchar(10)",
                "create table visits_attending_vets", "attending_vets_id", "create table card_payment")
                .doesNotContain("lastName");
    }

    @Test
    void namingStrategiesAsTheApplicationConfiguresThem() {
        String ddl = clinic().physicalNamingStrategy("org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl")
                .implicitNamingStrategy("org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl")
                .ddl(h2);
        assertThat(ddl).contains("lastName varchar(60) not null", "create table CardPayment", "create table visits_Staff")
                .doesNotContain("visits_attending_vets");
    }

    @Test
    void settingsPassThroughButNeverMoveTablesOutOfTheScratchSchema() {
        String ddl = clinic().hibernateProperties(Map.of("hibernate.default_schema", "elsewhere",
                "hibernate.globally_quoted_identifiers", "true")).ddl(h2);
        assertThat(ddl).contains("create table \"owners\"").doesNotContain("elsewhere");
    }

    @Test
    void importScriptsAreNotPartOfTheTarget() {
        assertThat(getClass().getClassLoader().getResource("import.sql")).isNotNull();
        assertThat(clinic().ddl(h2)).doesNotContainIgnoringCase("insert");
    }

    @Test
    void aBrokenMappingIsReportedAsTheApplicationWouldFailToStart() {
        JpaTargetSchemaSource broken = JpaTargetSchemaSource.of(getClass().getClassLoader(),
                List.of("dev.retort.jpa.broken.Orphan"));
        assertThatThrownBy(() -> broken.ddl(h2)).isInstanceOf(SchemaException.class)
                .hasMessageContaining("Hibernate cannot build the target schema").hasMessageContaining("nobody")
                .hasMessageContaining("Fix the mapping");
    }

    @Test
    void tablesOfAnotherSchemaAreRefusedByName() {
        JpaTargetSchemaSource elsewhere = JpaTargetSchemaSource.of(getClass().getClassLoader(),
                List.of("dev.retort.jpa.elsewhere.AuditEntry"));
        assertThatThrownBy(() -> elsewhere.ddl(h2)).isInstanceOf(SchemaException.class)
                .hasMessageContaining("audit.audit_entries").hasMessageContaining("default schema only");
    }

    @Test
    void withoutHibernateOnTheClassPathTheMessageSaysWhatToAdd() throws Exception {
        URL classes = EntityScannerTest.TEST_CLASSES.toUri().toURL();
        try (URLClassLoader noHibernate = new URLClassLoader(new URL[] {classes}, ClassLoader.getPlatformClassLoader())) {
            JpaTargetSchemaSource source = JpaTargetSchemaSource.of(noHibernate, List.of("dev.retort.jpa.clinic.Owner"));
            assertThatThrownBy(() -> source.ddl(h2)).isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("Hibernate is not on the project's runtime class path")
                    .hasMessageContaining("retort.autogenerate.source=schema");
        }
    }

    @Test
    void noEntitiesFoundIsAConfigurationError() {
        assertThatThrownBy(() -> JpaTargetSchemaSource.of(getClass().getClassLoader(), List.of()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("mvn compile");
    }
}
