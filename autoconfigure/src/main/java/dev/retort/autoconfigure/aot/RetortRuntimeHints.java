package dev.retort.autoconfigure.aot;

import dev.retort.JavaRevision;
import dev.retort.dialect.Dialect;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.TypeReference;

/**
 * What a native image needs from Retort: the revision scripts and the autogenerate schema of the default
 * locations, the ServiceLoader files, and for each Java revision listed there its class (read reflectively for
 * {@code @Revision}, constructed by the ServiceLoader) and its bytecode (the default checksum). Registered in
 * {@code META-INF/spring/aot.factories}; Java revision beans are covered by {@link JavaRevisionBeanAotProcessor}.
 */
class RetortRuntimeHints implements RuntimeHintsRegistrar {

    private static final String JAVA_REVISIONS = "META-INF/services/" + JavaRevision.class.getName();

    @Override
    public void registerHints(RuntimeHints hints, ClassLoader classLoader) {
        hints.resources().registerPattern("db/revisions/**");
        hints.resources().registerPattern("db/schema.sql");
        hints.resources().registerPattern(JAVA_REVISIONS);
        hints.resources().registerPattern("META-INF/services/" + Dialect.class.getName());
        ClassLoader loader = classLoader != null ? classLoader : RetortRuntimeHints.class.getClassLoader();
        try {
            for (URL services : Collections.list(loader.getResources(JAVA_REVISIONS))) {
                for (String type : providers(services)) {
                    JavaRevisionBeanAotProcessor.register(hints, TypeReference.of(type));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + JAVA_REVISIONS + ": " + e.getMessage(), e);
        }
    }

    /** The class names of a ServiceLoader file: one a line, {@code #} starting a comment. */
    private static List<String> providers(URL services) throws IOException {
        try (InputStream in = services.openStream();
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(line -> {
                int hash = line.indexOf('#');
                return (hash < 0 ? line : line.substring(0, hash)).strip();
            }).filter(line -> !line.isEmpty()).toList();
        }
    }
}
