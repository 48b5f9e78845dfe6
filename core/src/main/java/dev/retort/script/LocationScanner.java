package dev.retort.script;

import dev.retort.ConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Lists the {@code .sql} files of a {@code classpath:} or {@code filesystem:} location, once, in a
 * stable order (by path). Classpath locations are read from directories and from jars (including
 * Spring Boot's nested jars) without scanning anything outside the location.
 */
public final class LocationScanner {

    /** The prefix of class path locations. */
    public static final String CLASSPATH = "classpath:";
    /** The prefix of file system locations. */
    public static final String FILESYSTEM = "filesystem:";

    private final ClassLoader classLoader;

    /** @param classLoader the class loader for {@code classpath:} locations */
    public LocationScanner(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /**
     * {@return the {@code .sql} files of {@code location}, by path}
     *
     * @param location a {@code classpath:} or {@code filesystem:} location
     */
    public List<ScriptResource> scan(String location) {
        try {
            if (location.startsWith(FILESYSTEM)) {
                Path dir = Paths.get(location.substring(FILESYSTEM.length()));
                if (!Files.isDirectory(dir)) {
                    throw new ConfigurationException("location '" + location + "' is not a directory ("
                            + dir.toAbsolutePath() + "); create it or fix retort.locations");
                }
                return scanDirectory(dir, location);
            }
            String path = classpathPath(location);
            String prefix = CLASSPATH + path;
            List<ScriptResource> out = new ArrayList<>();
            Enumeration<URL> roots = classLoader.getResources(path);
            for (URL url : Collections.list(roots)) {
                if ("file".equals(url.getProtocol())) {
                    out.addAll(scanDirectory(Paths.get(url.toURI()), prefix));
                } else {
                    out.addAll(scanJar(url, path, prefix));
                }
            }
            out.sort((a, b) -> a.name().compareTo(b.name()));
            return out;
        } catch (IOException e) {
            throw new ConfigurationException("cannot read location '" + location + "': " + e.getMessage(), e);
        } catch (URISyntaxException e) {
            throw new ConfigurationException("cannot read location '" + location + "': " + e.getMessage(), e);
        }
    }

    /** Whether the location exists: a directory for {@code filesystem:}, any resource for {@code classpath:}. */
    public boolean exists(String location) {
        if (location.startsWith(FILESYSTEM)) {
            return Files.isDirectory(Paths.get(location.substring(FILESYSTEM.length())));
        }
        return classLoader.getResource(classpathPath(location)) != null;
    }

    /** Whether two location strings name the same place ({@code classpath:} being the default prefix). */
    public static boolean sameLocation(String a, String b) {
        boolean fileA = a.startsWith(FILESYSTEM);
        boolean fileB = b.startsWith(FILESYSTEM);
        if (fileA || fileB) {
            return fileA && fileB && Paths.get(a.substring(FILESYSTEM.length())).normalize()
                    .equals(Paths.get(b.substring(FILESYSTEM.length())).normalize());
        }
        return classpathPath(a).equals(classpathPath(b));
    }

    private static String classpathPath(String location) {
        return stripSlashes(location.startsWith(CLASSPATH) ? location.substring(CLASSPATH.length()) : location);
    }

    private static List<ScriptResource> scanDirectory(Path dir, String prefix) throws IOException {
        // the walker's own attributes say what is a file: one stat per file (a link to a file is followed)
        TreeMap<String, Path> files = new TreeMap<>();
        // the walker resolves every path against dir, so the relative name is the rest of the string
        int rootLength = dir.toString().length() + (dir.toString().endsWith(dir.getFileSystem().getSeparator()) ? 0 : 1);
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                boolean regular = attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(file);
                String path = file.toString();
                if (regular && path.endsWith(".sql")) {
                    files.put(path.substring(rootLength).replace('\\', '/'), file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        List<ScriptResource> out = new ArrayList<>(files.size());
        for (Map.Entry<String, Path> file : files.entrySet()) {
            String name = prefix + "/" + file.getKey();
            out.add(new ScriptResource(name, ScriptText.decode(name, Files.readAllBytes(file.getValue()))));
        }
        return out;
    }

    private static List<ScriptResource> scanJar(URL url, String path, String prefix) throws IOException {
        URLConnection connection = url.openConnection();
        if (!(connection instanceof JarURLConnection jarConnection)) {
            throw new ConfigurationException("cannot list classpath location '" + prefix + "' served by " + url
                    + "; use a filesystem: location instead");
        }
        jarConnection.setUseCaches(false);
        List<ScriptResource> out = new ArrayList<>();
        try (JarFile jar = jarConnection.getJarFile()) {
            String entryPrefix = jarConnection.getEntryName() == null ? path + "/" : stripSlashes(jarConnection.getEntryName()) + "/";
            List<JarEntry> entries = jar.stream()
                    .filter(e -> !e.isDirectory() && e.getName().startsWith(entryPrefix) && e.getName().endsWith(".sql"))
                    .toList();
            for (JarEntry entry : entries) {
                try (InputStream in = jar.getInputStream(entry)) {
                    String name = prefix + "/" + entry.getName().substring(entryPrefix.length());
                    out.add(new ScriptResource(name, ScriptText.decode(name, in.readAllBytes())));
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return out;
    }

    private static String stripSlashes(String path) {
        String p = path;
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }
}
