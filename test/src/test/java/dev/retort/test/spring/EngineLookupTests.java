package dev.retort.test.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.TestExecutionResult.Status.FAILED;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import dev.retort.Retort;
import dev.retort.test.Fixture;
import dev.retort.test.RetortMigrationTests;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/** Where {@code retort()} finds the engine, and what it says when it cannot. */
class EngineLookupTests {

    /** Neither a Spring test nor an override. */
    @Fixture
    static class NoEngine implements RetortMigrationTests {
    }

    @Configuration(proxyBeanMethods = false)
    static class TwoEngines {

        @Bean
        Retort billing() {
            return engine();
        }

        @Bean
        Retort catalog() {
            return engine();
        }

        private static Retort engine() {
            DataSource h2 = new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2).generateUniqueName(true).build();
            return Retort.configure().dataSource(h2).locations("classpath:kit/good").load();
        }
    }

    @Fixture
    @SpringJUnitConfig(TwoEngines.class)
    static class TwoEnginesTest implements RetortMigrationTests {
    }

    @Configuration(proxyBeanMethods = false)
    static class NoRetort {
    }

    @Fixture
    @SpringJUnitConfig(NoRetort.class)
    static class NoRetortTest implements RetortMigrationTests {
    }

    @Test
    void outsideSpringWithoutAnOverrideTheMessageSaysWhatToDo() {
        assertThat(failure(NoEngine.class)).contains(NoEngine.class.getName() + " has no Retort engine",
                "not a Spring test", "@SpringBootTest", "override Retort retort()");
    }

    @Test
    void withSeveralEnginesInTheContextTheMessageNamesThem() {
        assertThat(failure(TwoEnginesTest.class)).contains("has 2 Retort beans (billing, catalog)",
                "override Retort retort() to pick one");
    }

    @Test
    void withoutAnEngineInTheContextTheMessageNamesTheStarter() {
        assertThat(failure(NoRetortTest.class)).contains("has no Retort bean", "retort-spring-boot-starter");
    }

    private static String failure(Class<?> testClass) {
        TestExecutionResult result = EngineTestKit.engine("junit-jupiter")
                .selectors(selectMethod(testClass, "singleHeadRevision")).configurationParameter(Fixture.PARAMETER, "true")
                .execute().testEvents().finished().list()
                .get(0).getRequiredPayload(TestExecutionResult.class);
        assertThat(result.getStatus()).isEqualTo(FAILED);
        return result.getThrowable().orElseThrow().getMessage();
    }
}
