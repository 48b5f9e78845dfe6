package dev.retort.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.retort.Retort;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.context.ApplicationListener;
import org.springframework.mock.env.MockEnvironment;

class RetortBackgroundPreinitializerTests {

    @Test
    void theBundledWarmUpRevisionsLoadWithoutADatabase() {
        Retort retort = Retort.configure().dialect("h2").locations(RetortBackgroundPreinitializer.WARM_UP_LOCATION)
                .serviceLoader(false).load();
        assertThat(retort.heads()).extracting(r -> r.revision()).containsExactly("000000000002");
        assertThat(retort.context().hasDatabase()).isFalse();
    }

    @Test
    void warmingUpNeverFails() {
        assertThatCode(() -> RetortBackgroundPreinitializer.warmUp(getClass().getClassLoader()))
                .doesNotThrowAnyException();
        assertThatCode(() -> RetortBackgroundPreinitializer.warmUp(new ClassLoader(null) {
        })).doesNotThrowAnyException();
    }

    @Test
    void everyClassToWarmUpExists() {
        // a renamed class is only a lost head start, so warmUp skips it; this test says to update the lists
        for (String name : RetortBackgroundPreinitializer.UPGRADE_CLASSES) {
            assertThatCode(() -> Class.forName(name, false, getClass().getClassLoader()))
                    .as("RetortBackgroundPreinitializer.UPGRADE_CLASSES names %s", name).doesNotThrowAnyException();
        }
        for (String name : RetortBackgroundPreinitializer.STARTER_CLASSES) {
            assertThatCode(() -> Class.forName(name, false, getClass().getClassLoader()))
                    .as("RetortBackgroundPreinitializer.STARTER_CLASSES names %s", name).doesNotThrowAnyException();
        }
    }

    @Test
    void offWhenRetortIsDisabledOrWithSpringBootsSwitch() {
        boolean severalCpus = Runtime.getRuntime().availableProcessors() > 1;
        assertThat(RetortBackgroundPreinitializer.enabled(new MockEnvironment())).isEqualTo(severalCpus);
        assertThat(RetortBackgroundPreinitializer.enabled(new MockEnvironment()
                .withProperty("retort.enabled", "false"))).isFalse();
        System.setProperty(RetortBackgroundPreinitializer.IGNORE_PROPERTY, "true");
        try {
            assertThat(RetortBackgroundPreinitializer.enabled(new MockEnvironment())).isFalse();
        } finally {
            System.clearProperty(RetortBackgroundPreinitializer.IGNORE_PROPERTY);
        }
    }

    @Test
    void registeredAsAnApplicationListener() {
        assertThat(SpringFactoriesLoader.forDefaultResourceLocation().load(ApplicationListener.class))
                .anyMatch(RetortBackgroundPreinitializer.class::isInstance);
    }
}
