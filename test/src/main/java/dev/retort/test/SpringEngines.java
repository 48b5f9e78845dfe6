package dev.retort.test;

import dev.retort.ConfigurationException;
import dev.retort.Retort;
import java.util.Arrays;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** The Spring side of the engine lookup; loaded only when Spring Test is on the class path. */
final class SpringEngines {

    private SpringEngines() {
    }

    /** True when Spring's extension runs the class (directly or through {@code @SpringBootTest} and the slices). */
    static boolean isSpringTest(Class<?> testClass) {
        for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
            for (ExtendWith extendWith : AnnotationSupport.findRepeatableAnnotations(c, ExtendWith.class)) {
                if (Arrays.stream(extendWith.value()).anyMatch(SpringExtension.class::isAssignableFrom)) {
                    return true;
                }
            }
        }
        return false;
    }

    static Retort engine(ExtensionContext context) {
        ApplicationContext spring = SpringExtension.getApplicationContext(context);
        String[] names = spring.getBeanNamesForType(Retort.class);
        String test = context.getRequiredTestClass().getName();
        if (names.length == 0) {
            throw new ConfigurationException("The Spring test context of " + test + " has no Retort bean: add "
                    + "retort-spring-boot-starter (with a DataSource) and leave retort.enabled on, or override "
                    + "Retort retort()");
        }
        if (names.length > 1) {
            throw new ConfigurationException("The Spring test context of " + test + " has " + names.length
                    + " Retort beans (" + String.join(", ", names) + "): override Retort retort() to pick one, "
                    + "e.g. with @Autowired @Qualifier(\"" + names[0] + "\") Retort retort");
        }
        return spring.getBean(names[0], Retort.class);
    }
}
