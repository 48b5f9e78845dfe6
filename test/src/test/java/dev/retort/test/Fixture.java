package dev.retort.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test class that other tests run through the JUnit Platform ({@link KitRun}) and assert on; disabled when a
 * build or an IDE picks it up by itself (it has no database then, and some of its tests are meant to fail).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(Fixture.OnlyWhenLaunched.class)
public @interface Fixture {

    /** The configuration parameter {@link KitRun} sets. */
    String PARAMETER = "retort.test.fixture";

    final class OnlyWhenLaunched implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getConfigurationParameter(PARAMETER).isPresent()
                    ? ConditionEvaluationResult.enabled("launched as a fixture")
                    : ConditionEvaluationResult.disabled("a fixture: run by the test that asserts on it");
        }
    }
}
