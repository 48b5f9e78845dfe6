package dev.retort.test;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;
import org.junit.platform.testkit.engine.Events;

/** The outcome of running a class of kit tests with the JUnit Platform, by test method name. */
record KitRun(Map<String, TestExecutionResult> results, Map<String, String> skipped, List<String> notes) {

    /** Runs {@code testClass}'s tests (or only the {@code methods} named) in this JVM, as a build would. */
    static KitRun of(Class<?> testClass, String... methods) {
        DiscoverySelector[] selectors = methods.length == 0 ? new DiscoverySelector[] {selectClass(testClass)}
                : Arrays.stream(methods).map(m -> selectMethod(testClass, m)).toArray(DiscoverySelector[]::new);
        Events events = EngineTestKit.engine("junit-jupiter").selectors(selectors)
                .configurationParameter(Fixture.PARAMETER, "true").execute().allEvents();
        Map<String, TestExecutionResult> results = new LinkedHashMap<>();
        Map<String, String> skipped = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        for (Event event : events.list()) {
            String name = event.getTestDescriptor().getLegacyReportingName().replace("()", "");
            if (event.getType() == EventType.FINISHED && event.getTestDescriptor().isTest()) {
                results.put(name, event.getRequiredPayload(TestExecutionResult.class));
            } else if (event.getType() == EventType.SKIPPED) {
                skipped.put(name, event.getRequiredPayload(String.class));
            } else if (event.getType() == EventType.REPORTING_ENTRY_PUBLISHED) {
                notes.addAll(event.getRequiredPayload(ReportEntry.class).getKeyValuePairs().values());
            } else if (event.getType() == EventType.FINISHED && !event.getTestDescriptor().isTest()
                    && event.getRequiredPayload(TestExecutionResult.class).getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                results.put(testClass.getSimpleName(), event.getRequiredPayload(TestExecutionResult.class));
            }
        }
        return new KitRun(results, skipped, notes);
    }

    TestExecutionResult.Status status(String test) {
        TestExecutionResult result = results.get(test);
        if (result == null) {
            throw new AssertionError("no result for " + test + " in " + results.keySet());
        }
        return result.getStatus();
    }

    /** The failure (or abort) message of {@code test}, with the messages of its causes and suppressed errors. */
    String message(String test) {
        TestExecutionResult result = results.get(test);
        Throwable t = result == null ? null : result.getThrowable().orElse(null);
        if (t == null) {
            throw new AssertionError(test + " has no failure: " + (result == null ? "not run" : result.getStatus()));
        }
        StringBuilder b = new StringBuilder(String.valueOf(t.getMessage()));
        for (Throwable s : t.getSuppressed()) {
            b.append("\n[suppressed] ").append(s.getMessage());
        }
        return b.toString();
    }

    /** Names of the tests that succeeded. */
    List<String> passed() {
        return results.entrySet().stream()
                .filter(e -> e.getValue().getStatus() == TestExecutionResult.Status.SUCCESSFUL)
                .map(Map.Entry::getKey).sorted().toList();
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        results.forEach((name, result) -> b.append(name).append(": ").append(result.getStatus())
                .append(result.getThrowable().map(t -> " " + t).orElse("")).append('\n'));
        return b.toString();
    }
}
