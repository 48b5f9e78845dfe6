package dev.retort.test.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.test.RetortMigrationTests;
import dev.retort.test.jpa.shop.ShopApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * docs/testing.md's Spring Data JPA setup: with retort-jpa on the test class path and
 * {@code retort.autogenerate.source=jpa}, the kit's {@code modelMatchesDatabase} compares the schema at head with
 * the application's entities (found in its {@code @SpringBootApplication} package, built by its Hibernate), and
 * Hibernate's own {@code ddl-auto=validate} agrees with the migrated schema.
 */
@SpringBootTest(classes = ShopApplication.class, properties = {"retort.locations=classpath:kit/jpa",
        "retort.autogenerate.source=jpa", "spring.jpa.hibernate.ddl-auto=validate"})
class JpaEntitiesMigrationsTests implements RetortMigrationTests {

    @Test
    void theTargetIsTheApplicationsEntities() {
        assertThat(retortTargetSchema()).hasToString("the JPA entities in " + ShopApplication.class.getPackageName());
    }
}
