package dev.retort.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.TestExecutionResult.Status.FAILED;

import dev.retort.test.jpa.shop.ShopApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The model test runs against the entities: an entity added without a revision makes {@code modelMatchesDatabase}
 * fail, naming the table autogenerate would add (and only that one).
 */
class JpaModelDriftTests {

    @Fixture
    @SpringBootTest(classes = ShopApplication.class, properties = {"retort.locations=classpath:kit/jpa",
            "retort.autogenerate.source=jpa",
            "retort.autogenerate.entity-packages=dev.retort.test.jpa.shop,dev.retort.test.jpa.drifted"})
    static class DriftedModel implements RetortMigrationTests {
    }

    @Test
    void anEntityWithoutARevisionFailsModelMatchesDatabase() {
        KitRun run = KitRun.of(DriftedModel.class, "modelMatchesDatabase");
        assertThat(run.status("modelMatchesDatabase")).as(run.toString()).isEqualTo(FAILED);
        assertThat(run.message("modelMatchesDatabase"))
                .contains("does not match the target (the JPA entities in dev.retort.test.jpa.shop, "
                        + "dev.retort.test.jpa.drifted)", "add table COUPON")
                .doesNotContain("CUSTOMER", "PURCHASE");
    }
}
