package dev.retort.importer;

import dev.retort.script.RevisionFile;
import dev.retort.script.RevisionIds;
import java.io.IOException;
import java.io.Reader;
import java.math.BigInteger;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a directory of Flyway SQL migrations (Flyway's default naming) as a revision chain: each
 * {@code V<version>__<description>.sql} becomes one revision whose id is derived from the version ({@code V1_2__x}
 * gives {@code v1_2}) and whose message is the description; a {@code U<version>__} undo script becomes its
 * downgrade section and a version without one is irreversible. Repeatable ({@code R__}) and baseline
 * ({@code B}) migrations have no revision equivalent and are reported in the notes with what to do.
 */
public final class FlywayImporter {

    private static final Pattern VERSIONED = Pattern.compile("([VUB])(\\d+(?:[._]\\d+)*)__(.*)\\.sql");
    private static final Pattern REPEATABLE = Pattern.compile("R__(.*)\\.sql");

    private FlywayImporter() {
    }

    /** One Flyway version with its scripts. */
    private record Version(String version, Path upgrade, Path undo) {
    }

    /** Reads every script under {@code directory} (subdirectories included, as Flyway scans them). */
    public static Conversion read(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new ImportException("Flyway migration directory " + directory + " does not exist; give the "
                    + "directory holding the V<version>__<description>.sql files (e.g. src/main/resources/db/migration)");
        }
        TreeMap<List<BigInteger>, Version> versions = new TreeMap<>(FlywayImporter::compare);
        List<String> notes = new ArrayList<>();
        for (Path file : files(directory)) {
            String name = file.getFileName().toString();
            Matcher versioned = VERSIONED.matcher(name);
            if (versioned.matches()) {
                String version = versioned.group(2).replace('_', '.');
                List<BigInteger> key = parse(version);
                Version known = versions.get(key);
                switch (versioned.group(1)) {
                    case "V" -> {
                        if (known != null && known.upgrade() != null) {
                            throw new ImportException("Flyway version " + version + " is defined twice: "
                                    + known.upgrade() + " and " + file + "; Flyway refuses this too. Rename one");
                        }
                        versions.put(key, new Version(version, file, known == null ? null : known.undo()));
                    }
                    case "U" -> versions.put(key, new Version(version, known == null ? null : known.upgrade(), file));
                    default -> notes.add(directory.relativize(file) + " is a baseline migration, which has no revision "
                            + "equivalent: it was not imported. Stamp a database that it created with the revision "
                            + "of its version ('retort stamp " + revisionId(version) + "')");
                }
                continue;
            }
            Matcher repeatable = REPEATABLE.matcher(name);
            if (repeatable.matches()) {
                notes.add(directory.relativize(file) + " is a repeatable migration, which revisions do not have: it "
                        + "was not imported. Put its current text in a new revision ('retort revision -m \""
                        + description(repeatable.group(1)) + "\"') now and whenever it changes");
            } else if (name.endsWith(".sql")) {
                notes.add(directory.relativize(file) + " does not follow Flyway's naming (V<version>__<description>"
                        + ".sql) and was not imported");
            } else if (name.endsWith(".java") || name.endsWith(".class")) {
                notes.add(directory.relativize(file) + " looks like a Java migration: write it as a Java revision "
                        + "(dev.retort.JavaRevision) by hand");
            }
        }
        List<RevisionFile> revisions = new ArrayList<>();
        String previous = null;
        for (Version v : versions.values()) {
            if (v.upgrade() == null) {
                notes.add(directory.relativize(v.undo()) + " undoes version " + v.version() + ", which has no V script: "
                        + "it was not imported");
                continue;
            }
            String id = revisionId(v.version());
            RevisionIds.check(id, v.upgrade().toString());
            String name = v.upgrade().getFileName().toString();
            Matcher m = VERSIONED.matcher(name);
            m.matches();
            revisions.add(new RevisionFile(id, previous == null ? List.of() : List.of(previous), List.of(), List.of(),
                    description(m.group(3)), null, transactional(v.upgrade()), text(v.upgrade()),
                    v.undo() == null ? null : text(v.undo())));
            previous = id;
        }
        if (revisions.isEmpty()) {
            throw new ImportException("No Flyway migrations (V<version>__<description>.sql) in " + directory);
        }
        return new Conversion(revisions, notes);
    }

    /** The revision id of a Flyway version: {@code v} and the version with {@code _} between its parts. */
    public static String revisionId(String version) {
        return "v" + version.replace('.', '_');
    }

    /** Orders Flyway versions as Flyway does: part by part as numbers, a missing part counting as 0. */
    public static int compare(String a, String b) {
        return compare(parse(a), parse(b));
    }

    static List<BigInteger> parse(String version) {
        List<BigInteger> parts = new ArrayList<>();
        for (String part : version.split("[._]")) {
            parts.add(new BigInteger(part));
        }
        return parts;
    }

    private static int compare(List<BigInteger> a, List<BigInteger> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            BigInteger x = i < a.size() ? a.get(i) : BigInteger.ZERO;
            BigInteger y = i < b.size() ? b.get(i) : BigInteger.ZERO;
            int c = x.compareTo(y);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static String description(String raw) {
        return raw.replace('_', ' ').strip();
    }

    private static List<Path> files(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new ImportException("Cannot list " + directory + ": " + e.getMessage(), e);
        }
    }

    /** Flyway's per-script configuration ({@code V1__x.sql.conf}): {@code executeInTransaction=false} is kept. */
    private static boolean transactional(Path script) {
        Path conf = script.resolveSibling(script.getFileName() + ".conf");
        if (!Files.isRegularFile(conf)) {
            return true;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(conf, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new ImportException("Cannot read " + conf + ": " + e.getMessage(), e);
        }
        return !"false".equalsIgnoreCase(p.getProperty("executeInTransaction", "true").strip());
    }

    private static String text(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return text.isEmpty() || text.charAt(0) != '\uFEFF' ? text : text.substring(1);
        } catch (MalformedInputException e) {
            throw new ImportException("Cannot read " + file + ": it is not UTF-8 text; convert it to UTF-8 first", e);
        } catch (IOException e) {
            throw new ImportException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
