package dev.retort.jpa;

import dev.retort.ConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds the JPA managed classes of a project by reading class files, never loading them: the types Spring Boot's
 * entity scan registers ({@code @Entity}, {@code @Embeddable}, {@code @MappedSuperclass}, {@code @Converter}) in
 * class directories and jars, optionally only under some packages.
 */
public final class EntityScanner {

    /**
     * What a scan found, class names sorted.
     *
     * @param entities the {@code @Entity} classes
     * @param managedClasses every class to hand to Hibernate: the entities and the other managed types
     */
    public record Result(List<String> entities, List<String> managedClasses) {

        public Result {
            entities = List.copyOf(entities);
            managedClasses = List.copyOf(managedClasses);
        }

        public boolean hasEntities() {
            return !entities.isEmpty();
        }
    }

    private static final String ENTITY = "Ljakarta/persistence/Entity;";
    private static final List<String> MANAGED = List.of(ENTITY, "Ljakarta/persistence/Embeddable;",
            "Ljakarta/persistence/MappedSuperclass;", "Ljakarta/persistence/Converter;");

    private final ClassFileAnnotations reader = new ClassFileAnnotations(MANAGED);
    private final List<String> packagePaths;

    /** @param packages packages to look in (their subpackages included); empty for every package */
    public EntityScanner(List<String> packages) {
        this.packagePaths = packages.stream().map(String::strip).filter(p -> !p.isEmpty())
                .map(p -> p.replace('.', '/') + "/").toList();
    }

    /**
     * {@return the packages of a comma-separated list, blanks dropped ({@code retort.autogenerate.entity-packages})}
     *
     * @param commaSeparated the list, or null for none
     */
    public static List<String> packages(String commaSeparated) {
        return commaSeparated == null ? List.of()
                : Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /**
     * {@return the managed classes {@code classLoader} sees: under the packages, in every class directory and jar
     * holding them; without packages, in the class directories only (the application's own classes and its test
     * classes, not its libraries), as the Maven plugin scans {@code target/classes}}
     *
     * @param classLoader the application's class loader
     */
    public Result scan(ClassLoader classLoader) {
        Set<Path> roots = new LinkedHashSet<>();
        try {
            if (packagePaths.isEmpty()) {
                for (URL url : Collections.list(classLoader.getResources(""))) {
                    if (url.getProtocol().equals("file")) {
                        roots.add(Path.of(url.toURI()));
                    }
                }
            }
            for (String packagePath : packagePaths) {
                for (URL url : Collections.list(classLoader.getResources(packagePath))) {
                    root(url, packagePath).ifPresent(roots::add);
                }
            }
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            throw new ConfigurationException("Cannot list the class path to find the JPA entities: " + e.getMessage(), e);
        }
        return scan(new ArrayList<>(roots));
    }

    /** The class directory or jar a package's URL is in; empty for what cannot be read as a file (nested jars). */
    private static Optional<Path> root(URL url, String packagePath) throws URISyntaxException {
        if (url.getProtocol().equals("file")) {
            Path dir = Path.of(url.toURI());
            for (int i = 0; i < packagePath.split("/").length && dir != null; i++) {
                dir = dir.getParent();
            }
            return Optional.ofNullable(dir);
        }
        if (url.getProtocol().equals("jar")) {
            String spec = url.getFile();
            int separator = spec.indexOf("!/");
            if (separator > 0 && spec.startsWith("file:") && spec.indexOf("!/", separator + 2) < 0) {
                return Optional.of(Path.of(new URI(spec.substring(0, separator))));
            }
        }
        return Optional.empty();
    }

    /** Scans class directories and jars in order; missing roots are skipped (a module not compiled yet). */
    public Result scan(List<Path> roots) {
        TreeSet<String> entities = new TreeSet<>();
        TreeSet<String> managed = new TreeSet<>();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                scanDirectory(root, entities, managed);
            } else if (Files.isRegularFile(root) && root.getFileName().toString().endsWith(".jar")) {
                scanJar(root, entities, managed);
            }
        }
        return new Result(new ArrayList<>(entities), new ArrayList<>(managed));
    }

    private void scanDirectory(Path root, TreeSet<String> entities, TreeSet<String> managed) {
        List<Path> starts = packagePaths.isEmpty() ? List.of(root)
                : packagePaths.stream().map(root::resolve).filter(Files::isDirectory).toList();
        for (Path start : starts) {
            try (Stream<Path> files = Files.walk(start)) {
                files.filter(f -> f.getFileName().toString().endsWith(".class")).forEach(f -> {
                    try {
                        add(Files.readAllBytes(f), f.toString(), entities, managed);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (IOException | UncheckedIOException e) {
                throw new ConfigurationException("Cannot read the classes under " + start + ": " + e.getMessage(), e);
            }
        }
    }

    private void scanJar(Path jar, TreeSet<String> entities, TreeSet<String> managed) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry e = all.nextElement();
                String name = e.getName();
                if (name.endsWith(".class") && wanted(name) && !name.startsWith("META-INF/")) {
                    try (InputStream in = zip.getInputStream(e)) {
                        add(in.readAllBytes(), jar + "!/" + name, entities, managed);
                    }
                }
            }
        } catch (IOException e) {
            throw new ConfigurationException("Cannot read the classes in " + jar + ": " + e.getMessage(), e);
        }
    }

    private boolean wanted(String entryName) {
        if (packagePaths.isEmpty()) {
            return true;
        }
        for (String p : packagePaths) {
            if (entryName.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private void add(byte[] bytes, String source, TreeSet<String> entities, TreeSet<String> managed) {
        ClassFileAnnotations.Found found;
        try {
            found = reader.read(bytes, source);
        } catch (RuntimeException e) {
            throw new ConfigurationException("Cannot read the class file " + source + " (" + e.getMessage()
                    + "); rebuild the project (mvn clean compile)", e);
        }
        if (found == null) {
            return;
        }
        managed.add(found.className());
        if (found.annotations().contains(ENTITY)) {
            entities.add(found.className());
        }
    }
}
