package dev.retort.script;

import dev.retort.ConfigurationException;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.FileSystems;
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
import java.util.function.Supplier;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lists the {@code .sql} files of a {@code classpath:} or {@code filesystem:} location, once, in a
 * stable order (by path). Classpath locations are read from directories and from jars (including
 * Spring Boot's nested jars) without scanning anything outside the location; {@link #load} takes a root's
 * revisions from its {@link RevisionIndex} when the index matches the files.
 */
public final class LocationScanner {

    /** The prefix of class path locations. */
    public static final String CLASSPATH = "classpath:";
    /** The prefix of file system locations. */
    public static final String FILESYSTEM = "filesystem:";

    private static final Logger log = LoggerFactory.getLogger(LocationScanner.class);

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
                return scanDirectory(filesystemDirectory(location), location);
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

    /**
     * {@return the revisions of a location, by file name} A {@code classpath:} root (directory or jar) with a
     * {@link RevisionIndex} that matches its files is taken from the index, each file read only when its
     * statements are used; every other root is read and parsed.
     *
     * @param location a {@code classpath:} or {@code filesystem:} location
     * @param parser parses the files that are read
     */
    public List<RevisionScript> load(String location, SqlRevisionParser parser) {
        try {
            if (location.startsWith(FILESYSTEM)) {
                return parseDirectory(filesystemDirectory(location), location, parser);
            }
            String path = classpathPath(location);
            String prefix = CLASSPATH + path;
            List<RevisionScript> out = new ArrayList<>();
            for (URL url : Collections.list(classLoader.getResources(path))) {
                if ("file".equals(url.getProtocol())) {
                    out.addAll(loadDirectory(Paths.get(url.toURI()), path, prefix, parser));
                } else {
                    out.addAll(loadJar(url, path, prefix, parser));
                }
            }
            out.sort((a, b) -> a.source().compareTo(b.source()));
            return out;
        } catch (IOException e) {
            throw new ConfigurationException("cannot read location '" + location + "': " + e.getMessage(), e);
        } catch (URISyntaxException e) {
            throw new ConfigurationException("cannot read location '" + location + "': " + e.getMessage(), e);
        }
    }

    private static Path filesystemDirectory(String location) {
        Path dir = Paths.get(location.substring(FILESYSTEM.length()));
        if (!Files.isDirectory(dir)) {
            throw new ConfigurationException("location '" + location + "' is not a directory ("
                    + dir.toAbsolutePath() + "); create it or fix retort.locations");
        }
        return dir;
    }

    /** Reads and parses every file of a directory, in path order. */
    private static List<RevisionScript> parseDirectory(Path dir, String prefix, SqlRevisionParser parser)
            throws IOException {
        List<RevisionScript> out = FileBatch.parse(listNames(dir).values(), prefix, parser);
        if (out == null) { // a name listed unchecked is a directory: list again, asking about each entry
            out = FileBatch.parse(listDirectory(dir).values(), prefix, parser);
        }
        return out;
    }

    private static List<RevisionScript> loadDirectory(Path dir, String path, String prefix, SqlRevisionParser parser)
            throws IOException {
        Path root = dir;
        for (int i = path.isEmpty() ? -1 : path.split("/").length; i > 0 && root != null; i--) {
            root = root.getParent();
        }
        Path indexFile = root == null ? null : root.resolve(RevisionIndex.resourceName(path));
        boolean indexed = indexFile != null && Files.isRegularFile(indexFile);
        TreeMap<String, FoundFile> files = listDirectory(dir, indexed);
        if (indexed) {
            long indexTime = Files.getLastModifiedTime(indexFile).toMillis();
            Map<String, RevisionIndex.Entry> index = RevisionIndex.parse(indexFile.toString(),
                    ScriptText.decode(indexFile.toString(), Files.readAllBytes(indexFile)));
            Map<String, Long> sizes = new TreeMap<>();
            for (FoundFile file : files.values()) {
                sizes.put(file.name(), file.size());
            }
            String mismatch = mismatch(index, sizes);
            if (mismatch == null) {
                for (FoundFile file : files.values()) {
                    if (file.modified() > indexTime) {
                        mismatch = file.name() + " is newer than the index";
                        break;
                    }
                }
            }
            if (mismatch == null) {
                List<RevisionScript> out = new ArrayList<>(files.size());
                for (FoundFile file : files.values()) {
                    out.add(fromIndex(index.get(file.name()), prefix + "/" + file.name(),
                            file::read, parser));
                }
                return out;
            }
            log.debug("The revision index {} does not match the files ({}); reading them", indexFile, mismatch);
            return FileBatch.parse(files.values(), prefix, parser); // listed with a stat each: all files
        }
        return parseDirectory(dir, prefix, parser);
    }

    private static List<RevisionScript> loadJar(URL url, String path, String prefix, SqlRevisionParser parser)
            throws IOException {
        JarURLConnection jarConnection = jarConnection(url, prefix);
        try (JarFile jar = jarConnection.getJarFile()) {
            String entryPrefix = entryPrefix(jarConnection, path);
            List<JarEntry> entries = sqlEntries(jar, entryPrefix);
            // the index sits at the root the location's path is under (BOOT-INF/classes/ in a Spring Boot jar)
            JarEntry indexEntry = path.isEmpty() || !entryPrefix.endsWith(path + "/") ? null
                    : jar.getJarEntry(entryPrefix.substring(0, entryPrefix.length() - path.length() - 1)
                            + RevisionIndex.resourceName(path));
            if (indexEntry != null) {
                String indexName = url + " (" + indexEntry.getName() + ")";
                Map<String, RevisionIndex.Entry> index;
                try (InputStream in = jar.getInputStream(indexEntry)) {
                    index = RevisionIndex.parse(indexName, ScriptText.decode(indexName, in.readAllBytes()));
                }
                Map<String, Long> sizes = new TreeMap<>();
                for (JarEntry entry : entries) {
                    sizes.put(entry.getName().substring(entryPrefix.length()), entry.getSize());
                }
                String mismatch = mismatch(index, sizes);
                if (mismatch == null) {
                    List<RevisionScript> out = new ArrayList<>(entries.size());
                    for (JarEntry entry : entries) {
                        String relative = entry.getName().substring(entryPrefix.length());
                        String entryName = entry.getName();
                        out.add(fromIndex(index.get(relative), prefix + "/" + relative,
                                () -> readJarEntry(url, prefix, entryName), parser));
                    }
                    return out;
                }
                log.info("The revision index {} does not match the files beside it ({}); reading them", indexName,
                        mismatch);
            }
            List<RevisionScript> out = new ArrayList<>(entries.size());
            for (JarEntry entry : entries) {
                try (InputStream in = jar.getInputStream(entry)) {
                    String name = prefix + "/" + entry.getName().substring(entryPrefix.length());
                    out.add(parser.parse(name, ScriptText.decode(name, in.readAllBytes())));
                }
            }
            return out;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static byte[] readJarEntry(URL url, String prefix, String entryName) throws IOException {
        JarURLConnection connection = jarConnection(url, prefix);
        try (JarFile jar = connection.getJarFile()) {
            JarEntry entry = jar.getJarEntry(entryName);
            if (entry == null) {
                throw new IOException(entryName + " is no longer in " + url);
            }
            try (InputStream in = jar.getInputStream(entry)) {
                return in.readAllBytes();
            }
        }
    }

    /** {@return why the index does not describe exactly these files (name to size), or null when it does} */
    static String mismatch(Map<String, RevisionIndex.Entry> index, Map<String, Long> files) {
        for (Map.Entry<String, Long> file : files.entrySet()) {
            RevisionIndex.Entry entry = index.get(file.getKey());
            if (entry == null) {
                return file.getKey() + " is not in the index";
            }
            if (entry.size() != file.getValue()) {
                return file.getKey() + " has " + file.getValue() + " bytes, the index says " + entry.size();
            }
        }
        if (index.size() != files.size()) {
            for (String name : index.keySet()) {
                if (!files.containsKey(name)) {
                    return name + " is in the index but not among the files";
                }
            }
        }
        return null;
    }

    /** Reads, as read when it has to run or be shown. */
    private interface Bytes {
        byte[] read() throws IOException;
    }

    /**
     * A revision taken from its index entry; the file is read and parsed when a body is first used, and refused
     * if it is not the file the index was built from (same size, other content).
     */
    private static RevisionScript fromIndex(RevisionIndex.Entry e, String name, Bytes bytes, SqlRevisionParser parser) {
        RevisionIds.check(e.id(), name);
        Supplier<RevisionScript> parsed = new Supplier<>() {
            private RevisionScript value;

            @Override
            public synchronized RevisionScript get() {
                if (value == null) {
                    RevisionScript s;
                    try {
                        s = parser.parse(name, ScriptText.decode(name, bytes.read()));
                    } catch (IOException ex) {
                        throw new ScriptException(name, 0, "cannot read the file: " + ex.getMessage());
                    }
                    if (!s.checksum().equals(e.checksum()) || !s.id().equals(e.id())
                            || s.reversible() != e.reversible()) {
                        throw new ScriptException(name, 0, "the file is not the one the revision index was built "
                                + "from (same size, other content): rebuild the index (mvn process-classes runs "
                                + "retort:index) or delete it");
                    }
                    value = s;
                }
                return value;
            }
        };
        RevisionBody up = RevisionBody.Sql.deferred(() -> (RevisionBody.Sql) parsed.get().upgrade());
        RevisionBody down = e.reversible()
                ? RevisionBody.Sql.deferred(() -> (RevisionBody.Sql) parsed.get().downgrade()) : null;
        return new RevisionScript(e.id(), e.downRevisions(), e.branchLabels(), e.dependsOn(), e.message(),
                e.createDate(), e.transactional(), up, down, e.checksum(), name);
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

    static String classpathPath(String location) {
        return stripSlashes(location.startsWith(CLASSPATH) ? location.substring(CLASSPATH.length()) : location);
    }

    /**
     * A revision file of a directory: its name relative to the directory, its path, size and modification time. Found
     * with {@link java.io.File}, it asks the file system for the size and time only when they are used (the index
     * check), and makes the {@link Path} only when it is asked for.
     */
    static final class FoundFile {
        private final String name;
        private final File file;
        /** Listed by name only: whether it is a file is learnt when it is opened. */
        private final boolean unchecked;
        private Path path;
        private long size = -1;
        private long modified = -1;

        private FoundFile(String name, File file, Path path) {
            this.name = name;
            this.file = file;
            this.path = path;
            this.unchecked = path == null;
        }

        /** A file found by the NIO walker, with the attributes it read. */
        FoundFile(String name, Path path, long size, long modified) {
            this(name, null, path, size, modified);
        }

        private FoundFile(String name, File file, Path path, long size, long modified) {
            this(name, file, path);
            this.size = size;
            this.modified = modified;
        }

        String name() {
            return name;
        }

        /** {@return the file, or null for a file of another file system (see {@link #path})} */
        File file() {
            return file;
        }

        boolean unchecked() {
            return unchecked;
        }

        Path path() {
            if (path == null) {
                path = file.toPath();
            }
            return path;
        }

        long size() {
            if (size < 0) {
                size = file.length();
            }
            return size;
        }

        long modified() {
            if (modified < 0) {
                modified = file.lastModified();
            }
            return modified;
        }

        /** {@return the file's bytes} */
        byte[] read() throws IOException {
            if (file == null) {
                return Files.readAllBytes(path);
            }
            // in a cold JVM a FileInputStream costs about half the CPU of Files.readAllBytes, whose channel
            // machinery runs interpreted for every file
            try (FileInputStream in = new FileInputStream(file)) {
                return in.readAllBytes();
            }
        }
    }

    /**
     * The {@code .sql} files under {@code dir}, by relative name, with their size and time; links to files count,
     * links to directories below {@code dir} are not followed.
     */
    static TreeMap<String, FoundFile> listDirectory(Path dir) throws IOException {
        return listDirectory(dir, true);
    }

    /**
     * {@link #listDirectory} without a {@code stat} per {@code .sql} name: what each is, is learnt when it is opened
     * ({@link FileBatch}).
     */
    private static TreeMap<String, FoundFile> listNames(Path dir) throws IOException {
        return listDirectory(dir, false);
    }

    /**
     * @param attributes read each file's size and time while listing (one {@code stat} each, for the index check);
     *     without, the {@code .sql} names are listed unchecked
     */
    private static TreeMap<String, FoundFile> listDirectory(Path dir, boolean attributes) throws IOException {
        TreeMap<String, FoundFile> files = new TreeMap<>();
        if (dir.getFileSystem() != FileSystems.getDefault()) {
            walk(dir, files);
            return files;
        }
        // java.io.File: one native call lists a directory and one answers each question about a file, where the
        // NIO walker runs its event and attribute objects per file in code that a cold start interprets
        list(dir.toFile(), "", attributes, files);
        return files;
    }

    private static void list(File dir, String prefix, boolean attributes, TreeMap<String, FoundFile> files)
            throws IOException {
        String[] names = dir.list();
        if (names == null) {
            throw new IOException("cannot list the directory " + dir);
        }
        for (String name : names) {
            File file = new File(dir, name);
            if (name.endsWith(".sql")) {
                String relative = prefix.isEmpty() ? name : prefix.concat(name);
                if (!attributes) {
                    // no stat: opening the file to read it tells whether it is one (FileBatch), and a
                    // directory named like a script makes the caller list again with this check
                    files.put(relative, new FoundFile(relative, file, null));
                    continue;
                } else {
                    // the index check needs size and time: one stat for what File would ask in three
                    Path path = file.toPath();
                    BasicFileAttributes a = null;
                    try {
                        a = Files.readAttributes(path, BasicFileAttributes.class); // a link to a file is followed
                    } catch (IOException e) {
                        // a dangling link is no revision
                    }
                    if (a != null && a.isRegularFile()) {
                        files.put(relative, new FoundFile(relative, file, path, a.size(),
                                a.lastModifiedTime().toMillis()));
                        continue;
                    }
                }
            }
            if (file.isDirectory() && !Files.isSymbolicLink(file.toPath())) {
                list(file, prefix.concat(name).concat("/"), attributes, files);
            }
        }
    }

    /** {@link #listDirectory} with the NIO walker, for a directory of another file system (a zip file system). */
    private static void walk(Path dir, TreeMap<String, FoundFile> files) throws IOException {
        // the walker's own attributes say what is a file: one stat per file (a link to a file is followed)
        // the walker resolves every path against dir, so the relative name is the rest of the string
        int rootLength = dir.toString().length() + (dir.toString().endsWith(dir.getFileSystem().getSeparator()) ? 0 : 1);
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                String path = file.toString();
                if (!path.endsWith(".sql")) {
                    return FileVisitResult.CONTINUE;
                }
                BasicFileAttributes a = attributes;
                if (a.isSymbolicLink()) {
                    if (!Files.isRegularFile(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    a = Files.readAttributes(file, BasicFileAttributes.class);
                }
                if (a.isRegularFile()) {
                    String name = path.substring(rootLength).replace('\\', '/');
                    files.put(name, new FoundFile(name, file, a.size(), a.lastModifiedTime().toMillis()));
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static List<ScriptResource> scanDirectory(Path dir, String prefix) throws IOException {
        List<ScriptResource> out = FileBatch.texts(listNames(dir).values(), prefix);
        return out != null ? out : FileBatch.texts(listDirectory(dir).values(), prefix);
    }

    private static List<ScriptResource> scanJar(URL url, String path, String prefix) throws IOException {
        JarURLConnection jarConnection = jarConnection(url, prefix);
        List<ScriptResource> out = new ArrayList<>();
        try (JarFile jar = jarConnection.getJarFile()) {
            String entryPrefix = entryPrefix(jarConnection, path);
            for (JarEntry entry : sqlEntries(jar, entryPrefix)) {
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

    private static JarURLConnection jarConnection(URL url, String prefix) throws IOException {
        URLConnection connection = url.openConnection();
        if (!(connection instanceof JarURLConnection jarConnection)) {
            throw new ConfigurationException("cannot list classpath location '" + prefix + "' served by " + url
                    + "; use a filesystem: location instead");
        }
        jarConnection.setUseCaches(false);
        return jarConnection;
    }

    private static String entryPrefix(JarURLConnection jarConnection, String path) {
        return jarConnection.getEntryName() == null ? path + "/" : stripSlashes(jarConnection.getEntryName()) + "/";
    }

    private static List<JarEntry> sqlEntries(JarFile jar, String entryPrefix) {
        return jar.stream()
                .filter(e -> !e.isDirectory() && e.getName().startsWith(entryPrefix) && e.getName().endsWith(".sql"))
                .toList();
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
