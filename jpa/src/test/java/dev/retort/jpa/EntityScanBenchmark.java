package dev.retort.jpa;

import jakarta.persistence.Entity;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Issue 14's "entity scanning of a 500-entity model ≤ 1 s", measured (not a test): generates a model of N entities
 * (each with an embeddable, an enum, a many-to-one to the previous entity) plus as many plain classes, compiles it,
 * and times {@link EntityScanner} over the output directory — the first scan in a fresh JVM, then the median of
 * further scans — and, for scale, Hibernate writing the whole create script for H2.
 *
 * <pre>mvn -B -q -pl jpa -am test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.retort.jpa.EntityScanBenchmark -Dexec.args="500"</pre>
 */
public final class EntityScanBenchmark {

    /** What one run measured, in milliseconds. */
    record Result(int entities, int classFiles, double firstScanMs, double firstScanCpuMs, double medianScanMs,
            double hibernateDdlMs, double hibernateDdlCpuMs) {
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private EntityScanBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int entities = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        Path dir = Files.createTempDirectory("retort-entity-bench");
        String load = Files.readString(Path.of("/proc/loadavg")).strip();
        Result r = run(dir, entities, 15);
        System.out.printf(Locale.ROOT, "entities: %d, class files: %d, load average before: %s%n", r.entities(),
                r.classFiles(), load);
        System.out.printf(Locale.ROOT, "first scan (fresh JVM): %.1f ms (thread CPU %.1f ms)%n", r.firstScanMs(),
                r.firstScanCpuMs());
        System.out.printf(Locale.ROOT, "median of 15 further scans: %.1f ms%n", r.medianScanMs());
        System.out.printf(Locale.ROOT, "Hibernate create script for H2 (metadata + DDL, first in JVM): %.0f ms "
                + "(thread CPU %.0f ms)%n", r.hibernateDdlMs(), r.hibernateDdlCpuMs());
        System.out.printf(Locale.ROOT, "load average after: %s%n", Files.readString(Path.of("/proc/loadavg")).strip());
    }

    /** Generates and compiles the model under {@code dir}, then measures; {@code rounds} further scans. */
    static Result run(Path dir, int entities, int rounds) throws Exception {
        Path classes = generateAndCompile(dir, entities);
        long classFiles;
        try (var files = Files.walk(classes)) {
            classFiles = files.filter(f -> f.toString().endsWith(".class")).count();
        }
        EntityScanner scanner = new EntityScanner(List.of());
        long cpu = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        EntityScanner.Result found = scanner.scan(List.of(classes));
        double first = (System.nanoTime() - start) / 1e6;
        double firstCpu = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
        if (found.entities().size() != entities) {
            throw new IllegalStateException("found " + found.entities().size() + " entities, expected " + entities);
        }
        double[] samples = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long s = System.nanoTime();
            scanner.scan(List.of(classes));
            samples[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(samples);
        double ddl;
        double ddlCpu;
        try (java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {classes.toUri().toURL()},
                EntityScanBenchmark.class.getClassLoader());
                Connection h2 = DriverManager.getConnection("jdbc:h2:mem:")) {
            long c = THREADS.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            String script = JpaTargetSchemaSource.of(loader, found.managedClasses()).ddl(h2);
            ddl = (System.nanoTime() - s) / 1e6;
            ddlCpu = (THREADS.getCurrentThreadCpuTime() - c) / 1e6;
            if (!script.contains("create table entity" + (entities - 1))) {
                throw new IllegalStateException("Hibernate's script misses the last entity");
            }
        }
        return new Result(entities, (int) classFiles, first, firstCpu, samples[rounds / 2], ddl, ddlCpu);
    }

    private static Path generateAndCompile(Path dir, int entities) throws IOException, URISyntaxException {
        Path src = dir.resolve("src/com/example/model");
        Path classes = dir.resolve("classes");
        Files.createDirectories(src);
        Files.createDirectories(classes);
        List<Path> sources = new ArrayList<>();
        sources.add(write(src, "Address", """
                package com.example.model;
                @jakarta.persistence.Embeddable
                public class Address { String street; String city; String zip; }
                """));
        sources.add(write(src, "Status", "package com.example.model;\npublic enum Status { NEW, ACTIVE, CLOSED }\n"));
        for (int i = 0; i < entities; i++) {
            String parent = i == 0 ? "" : "    @jakarta.persistence.ManyToOne Entity" + (i - 1) + " parent;\n";
            sources.add(write(src, "Entity" + i, "package com.example.model;\n"
                    + "@jakarta.persistence.Entity\n"
                    + "public class Entity" + i + " {\n"
                    + "    @jakarta.persistence.Id @jakarta.persistence.GeneratedValue(strategy = "
                    + "jakarta.persistence.GenerationType.IDENTITY) Long id;\n"
                    + "    @jakarta.persistence.Column(nullable = false, length = 80) String name;\n"
                    + "    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING) Status status;\n"
                    + "    @jakarta.persistence.Embedded Address address;\n"
                    + "    java.math.BigDecimal amount;\n"
                    + "    java.time.Instant createdAt;\n"
                    + "    @jakarta.persistence.Version int version;\n"
                    + parent
                    + "}\n"));
            sources.add(write(src, "Service" + i, "package com.example.model;\n"
                    + "public class Service" + i + " {\n"
                    + "    private final java.util.Map<String, Entity" + i + "> cache = new java.util.HashMap<>();\n"
                    + "    public Entity" + i + " find(String key) { return cache.get(key); }\n"
                    + "    public int size() { return cache.size(); }\n"
                    + "}\n"));
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String api = Path.of(Entity.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        List<String> options = new ArrayList<>(List.of("-d", classes.toString(), "-cp", api, "-proc:none", "-nowarn"));
        sources.forEach(s -> options.add(s.toString()));
        if (javac.run(null, null, System.err, options.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("the generated model does not compile");
        }
        return classes;
    }

    private static Path write(Path dir, String name, String source) throws IOException {
        Path file = dir.resolve(name + ".java");
        Files.writeString(file, source, StandardCharsets.UTF_8);
        return file;
    }
}
