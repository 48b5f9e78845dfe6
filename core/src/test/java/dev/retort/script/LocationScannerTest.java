package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.ConfigurationException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocationScannerTest {

    @Test
    void aFileThatIsNotUtf8IsNamedWithItsLineAndByteOffset(@TempDir Path dir) throws Exception {
        byte[] head = "-- revision: a1\n-- retort:upgrade\nINSERT INTO t VALUES ('".getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "caf\u00e9');\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = new byte[head.length + latin1.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        System.arraycopy(latin1, 0, bytes, head.length, latin1.length);
        Files.write(dir.resolve("a1_latin1.sql"), bytes);
        assertThatThrownBy(() -> new LocationScanner(getClass().getClassLoader()).scan("filesystem:" + dir))
                .isInstanceOf(ScriptException.class)
                .hasMessage("filesystem:" + dir + "/a1_latin1.sql:3: the file is not UTF-8: byte 0xE9 at byte offset "
                        + (head.length + 3) + " cannot be decoded; save the file as UTF-8 (revision files are always "
                        + "read as UTF-8)");
    }

    @Test
    void readsClasspathLocationsInsideJarsInPathOrder(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            // directory entries, as Maven's jar plugin and Spring Boot's repackager write them
            out.putNextEntry(new JarEntry("db/"));
            out.putNextEntry(new JarEntry("db/revisions/"));
            put(out, "db/revisions/b_second.sql", "-- revision: b\n");
            put(out, "db/revisions/a_first.sql", "-- revision: a\n");
            put(out, "db/revisions/sub/c_third.sql", "-- revision: c\n");
            put(out, "db/revisions/readme.txt", "not a revision");
            put(out, "db/other/x.sql", "-- revision: x\n");
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            var found = new LocationScanner(loader).scan("classpath:db/revisions");
            assertThat(found).extracting(ScriptResource::name).containsExactly(
                    "classpath:db/revisions/a_first.sql", "classpath:db/revisions/b_second.sql",
                    "classpath:db/revisions/sub/c_third.sql");
            assertThat(found.get(0).content()).isEqualTo("-- revision: a\n");
        }
    }

    @Test
    void readsFilesystemLocations(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("r1.sql"), "-- revision: r1\n");
        Files.writeString(dir.resolve("notes.md"), "ignored");
        var found = new LocationScanner(getClass().getClassLoader()).scan("filesystem:" + dir);
        assertThat(found).extracting(ScriptResource::name).containsExactly("filesystem:" + dir + "/r1.sql");
    }

    @Test
    void readsFilesystemSubdirectoriesInPathOrderAndFollowsLinksToFiles(@TempDir Path dir) throws Exception {
        Path revisions = Files.createDirectories(dir.resolve("revisions"));
        Files.writeString(Files.createDirectories(revisions.resolve("sub")).resolve("c.sql"), "-- revision: c\n");
        Files.writeString(revisions.resolve("b.sql"), "-- revision: b\n");
        Path elsewhere = Files.writeString(dir.resolve("shared.sql"), "-- revision: a\n");
        Files.createSymbolicLink(revisions.resolve("a.sql"), elsewhere);
        Files.createDirectories(revisions.resolve("empty.sql")); // a directory named like a script is not one
        var found = new LocationScanner(getClass().getClassLoader()).scan("filesystem:" + revisions);
        assertThat(found).extracting(ScriptResource::name).containsExactly("filesystem:" + revisions + "/a.sql",
                "filesystem:" + revisions + "/b.sql", "filesystem:" + revisions + "/sub/c.sql");
        assertThat(found.get(0).content()).isEqualTo("-- revision: a\n");
    }

    @Test
    void aLocationThatIsALinkToADirectoryIsReadButLinkedDirectoriesBelowItAreNot(@TempDir Path dir) throws Exception {
        // the walker used before read a linked location as one entry and found no revision in it
        Path real = Files.createDirectories(dir.resolve("real"));
        Files.writeString(real.resolve("a.sql"), "-- revision: a\n");
        Path other = Files.createDirectories(dir.resolve("other"));
        Files.writeString(other.resolve("b.sql"), "-- revision: b\n");
        Files.createSymbolicLink(real.resolve("linked"), other);
        Files.createSymbolicLink(real.resolve("linked.sql"), other);
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        var found = new LocationScanner(getClass().getClassLoader()).scan("filesystem:" + link);
        assertThat(found).extracting(ScriptResource::name).containsExactly("filesystem:" + link + "/a.sql");
    }

    @Test
    void manyFilesAreParsedInOrderAndTheFirstBrokenOneIsReported(@TempDir Path dir) throws Exception {
        // a directory's files come in path order from a filesystem: and a classpath: location alike, with the same
        // checksums, and the first broken file is the one named
        Path revisions = Files.createDirectories(dir.resolve("db/revisions"));
        int count = 300;
        for (int i = 0; i < count; i++) {
            Files.writeString(revisions.resolve(String.format("r%04d.sql", i)), "-- revision: r" + i + "\n"
                    + (i == 0 ? "" : "-- down_revision: r" + (i - 1) + "\n") + "-- retort:upgrade\nSELECT " + i + ";\n");
        }
        SqlRevisionParser parser = new SqlRevisionParser(SqlFlavor.STANDARD, java.util.Map.of());
        LocationScanner scanner = new LocationScanner(getClass().getClassLoader());
        var loaded = scanner.load("filesystem:" + revisions, parser);
        assertThat(loaded).hasSize(count);
        for (int i = 0; i < count; i++) {
            assertThat(loaded.get(i).id()).isEqualTo("r" + i);
            assertThat(loaded.get(i).source()).isEqualTo("filesystem:" + revisions + String.format("/r%04d.sql", i));
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            var fromClasspath = new LocationScanner(loader).load("classpath:db/revisions", parser);
            assertThat(fromClasspath).extracting(RevisionScript::id)
                    .isEqualTo(loaded.stream().map(RevisionScript::id).toList());
            assertThat(fromClasspath).extracting(RevisionScript::checksum)
                    .isEqualTo(loaded.stream().map(RevisionScript::checksum).toList());
        }
        Files.writeString(revisions.resolve("r0250.sql"), "-- revision: r250\n-- nonsense: x\n-- retort:upgrade\n");
        assertThatThrownBy(() -> scanner.load("filesystem:" + revisions, parser))
                .isInstanceOf(ScriptException.class).hasMessageContaining("r0250.sql:2");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            assertThatThrownBy(() -> new LocationScanner(loader).load("classpath:db/revisions", parser))
                    .isInstanceOf(ScriptException.class).hasMessageContaining("r0250.sql:2");
        }
        Files.writeString(revisions.resolve("r0010.sql"), "-- revision: r10\n-- nonsense: x\n-- retort:upgrade\n");
        assertThatThrownBy(() -> scanner.load("filesystem:" + revisions, parser))
                .isInstanceOf(ScriptException.class).hasMessageContaining("r0010.sql:2");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            assertThatThrownBy(() -> new LocationScanner(loader).load("classpath:db/revisions", parser))
                    .isInstanceOf(ScriptException.class).hasMessageContaining("r0010.sql:2");
        }
    }

    @Test
    void aDirectoryNamedLikeAScriptIsListedThroughAndADanglingLinkIsNoRevision(@TempDir Path dir) throws Exception {
        // names ending in .sql are listed without a stat and opened: what they are is learnt then
        Path revisions = Files.createDirectories(dir.resolve("revisions"));
        Files.writeString(revisions.resolve("a.sql"), "-- revision: a\n-- retort:upgrade\n");
        Files.writeString(Files.createDirectories(revisions.resolve("m.sql")).resolve("b.sql"),
                "-- revision: b\n-- down_revision: a\n-- retort:upgrade\n");
        Files.createSymbolicLink(revisions.resolve("c.sql"), dir.resolve("gone.sql"));
        Files.writeString(revisions.resolve("z.sql"), "-- revision: z\n-- down_revision: b\n-- retort:upgrade\n");
        LocationScanner scanner = new LocationScanner(getClass().getClassLoader());
        assertThat(scanner.scan("filesystem:" + revisions)).extracting(ScriptResource::name).containsExactly(
                "filesystem:" + revisions + "/a.sql", "filesystem:" + revisions + "/m.sql/b.sql",
                "filesystem:" + revisions + "/z.sql");
        assertThat(scanner.load("filesystem:" + revisions, new SqlRevisionParser(SqlFlavor.STANDARD,
                java.util.Map.of()))).extracting(RevisionScript::id).containsExactly("a", "b", "z");
    }

    @Test
    void aLargeDirectoryIsReadInOrderAndTheFirstBrokenFileIsReported(@TempDir Path dir) throws Exception {
        // from FileBatch.PARALLEL_FILES files on, two threads read and parse them
        Path revisions = Files.createDirectories(dir.resolve("revisions"));
        int count = FileBatch.PARALLEL_FILES + 300;
        for (int i = 0; i < count; i++) {
            Files.writeString(revisions.resolve(String.format("r%05d.sql", i)), "-- revision: r" + i + "\n"
                    + (i == 0 ? "" : "-- down_revision: r" + (i - 1) + "\n") + "-- retort:upgrade\nSELECT " + i + ";\n");
        }
        SqlRevisionParser parser = new SqlRevisionParser(SqlFlavor.STANDARD, java.util.Map.of());
        LocationScanner scanner = new LocationScanner(getClass().getClassLoader());
        var loaded = scanner.load("filesystem:" + revisions, parser);
        assertThat(loaded).extracting(RevisionScript::id)
                .isEqualTo(java.util.stream.IntStream.range(0, count).mapToObj(i -> "r" + i).toList());
        assertThat(loaded.get(count - 1).checksum()).isEqualTo(parser.parse("x",
                Files.readString(revisions.resolve(String.format("r%05d.sql", count - 1)))).checksum());
        assertThat(scanner.scan("filesystem:" + revisions)).hasSize(count);
        Files.writeString(revisions.resolve(String.format("r%05d.sql", count - 5)), "-- revision: x\n-- nonsense: x\n");
        assertThatThrownBy(() -> scanner.load("filesystem:" + revisions, parser))
                .isInstanceOf(ScriptException.class).hasMessageContaining(String.format("r%05d.sql:2", count - 5));
        Files.writeString(revisions.resolve("r00003.sql"), "-- revision: y\n-- nonsense: x\n");
        for (int run = 0; run < 5; run++) { // whichever thread gets there first, the first file is named
            assertThatThrownBy(() -> scanner.load("filesystem:" + revisions, parser))
                    .isInstanceOf(ScriptException.class).hasMessageContaining("r00003.sql:2");
        }
    }

    @Test
    void missingFilesystemLocationSaysWhatToDo(@TempDir Path dir) {
        assertThatThrownBy(() -> new LocationScanner(getClass().getClassLoader()).scan("filesystem:" + dir.resolve("nope")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("not a directory")
                .hasMessageContaining("retort.locations");
    }

    @Test
    void missingClasspathLocationIsEmpty() {
        assertThat(new LocationScanner(getClass().getClassLoader()).scan("classpath:no/such/dir")).isEmpty();
    }

    private static void put(JarOutputStream out, String name, String text) throws Exception {
        out.putNextEntry(new JarEntry(name));
        OutputStream o = out;
        o.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
