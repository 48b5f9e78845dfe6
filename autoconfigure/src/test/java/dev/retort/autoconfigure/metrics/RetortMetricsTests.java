package dev.retort.autoconfigure.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.autoconfigure.RetortAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class RetortMetricsTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, RetortAutoConfiguration.class,
                    RetortMetricsAutoConfiguration.class));

    @Test
    void gaugesReportPendingAppliedAndHeads() {
        runner.withBean(SimpleMeterRegistry.class).withPropertyValues("retort.target=1a2b3c4d5e01").run(ctx -> {
            MeterRegistry registry = ctx.getBean(MeterRegistry.class);
            ctx.getBean(RetortMeterBinder.class).bindTo(registry);
            assertThat(registry.get("retort.revisions.pending").tag("engine", "retort").gauge().value()).isZero();
            assertThat(registry.get("retort.revisions.applied").gauge().value()).isEqualTo(1);
            assertThat(registry.get("retort.heads").gauge().value()).isEqualTo(1);
        });
    }

    @Test
    void timesEachExecutedRevisionByDirectionAndOutcome() {
        runner.withBean(SimpleMeterRegistry.class).run(ctx -> {
            MeterRegistry registry = ctx.getBean(MeterRegistry.class);
            assertThat(registry.get("retort.migration").tags("direction", "upgrade", "outcome", "success").timer()
                    .count()).isEqualTo(2);
        });
    }

    @Test
    void aFailingRevisionIsTimedAsAFailure() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        runner.withBean(MeterRegistry.class, () -> registry)
                .withPropertyValues("retort.locations=classpath:db/failing")
                .run(ctx -> {
                    assertThat(ctx).hasFailed();
                    assertThat(registry.get("retort.migration").tags("direction", "upgrade", "outcome", "success")
                            .timer().count()).isEqualTo(1);
                    assertThat(registry.get("retort.migration").tags("direction", "upgrade", "outcome", "failure")
                            .timer().count()).isEqualTo(1);
                });
    }

    @Test
    void observesEachRevisionWithItsIdAsAHighCardinalityKey() {
        runner.withBean(TestObservationRegistry.class, TestObservationRegistry::create).run(ctx -> {
            TestObservationRegistry registry = ctx.getBean(TestObservationRegistry.class);
            TestObservationRegistryAssert.assertThat(registry)
                    .hasNumberOfObservationsWithNameEqualTo("retort.migration", 2)
                    .hasObservationWithNameEqualTo("retort.migration").that()
                    .hasHighCardinalityKeyValue("revision", "1a2b3c4d5e01")
                    .hasLowCardinalityKeyValue("direction", "upgrade")
                    .hasLowCardinalityKeyValue("outcome", "success")
                    .hasBeenStopped();
        });
    }

    @Test
    void aFailingRevisionIsObservedAsAFailureWithItsError() {
        TestObservationRegistry registry = TestObservationRegistry.create();
        runner.withBean(TestObservationRegistry.class, () -> registry)
                .withPropertyValues("retort.locations=classpath:db/failing")
                .run(ctx -> {
                    assertThat(ctx).hasFailed();
                    TestObservationRegistryAssert.assertThat(registry)
                            .hasNumberOfObservationsWithNameEqualTo("retort.migration", 2)
                            .hasAnObservation(o -> o.hasHighCardinalityKeyValue("revision", "1a2b3c4d5eff")
                                    .hasLowCardinalityKeyValue("outcome", "failure").assertThatError().isNotNull());
                    assertThat(registry.getCurrentObservation()).isNull();
                });
    }

    @Test
    void noMetricsBeansWithoutARegistry() {
        runner.run(ctx -> assertThat(ctx).doesNotHaveBean(MigrationTimerListener.class)
                .doesNotHaveBean(RetortMeterBinder.class).doesNotHaveBean(MigrationObservationListener.class));
    }

    @Test
    void noMigrationListenersWhenRetortIsDisabled() {
        runner.withBean(SimpleMeterRegistry.class).withBean(TestObservationRegistry.class, TestObservationRegistry::create)
                .withPropertyValues("retort.enabled=false")
                .run(ctx -> assertThat(ctx).hasNotFailed().doesNotHaveBean(MigrationObservationListener.class)
                        .doesNotHaveBean(MigrationTimerListener.class).doesNotHaveBean(RetortMeterBinder.class));
        runner.withBean(SimpleMeterRegistry.class).withPropertyValues("retort.enabled=false")
                .run(ctx -> assertThat(ctx).hasNotFailed().doesNotHaveBean(MigrationTimerListener.class));
    }
}
