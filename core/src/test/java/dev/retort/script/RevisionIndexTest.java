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
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevisionIndexTest {

    private static final String LOCATION = "classpath:db/revisions";

    private static final String A1 = """
            -- revision: a1
            -- down_revision:
            -- message: first\tone, with a \\ backslash
            -- create_date: 2026-12-03 10:00:00

            -- retort:upgrade
            CREATE TABLE t1 (id INT);

            -- retort:downgrade
            DROP TABLE t1;
            """;
    private static final String B2 = """
            -- revision: b2
            -- down_revision: a1
            -- branch_labels: billing
            -- transactional: false

            -- retort:upgrade
            CREATE TABLE t2 (id INT);
            CREATE TABLE t3 (id INT);

            -- retort:irreversible
            """;

    private final SqlRevisionParser parser = new SqlRevisionParser(SqlFlavor.STANDARD, Map.of());

    private static Path classes(Path dir) throws Exception {
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes.resolve("db/revisions/sub"));
        Files.writeString(classes.resolve("db/revisions/a1_first.sql"), A1);
        Files.writeString(classes.resolve("db/revisions/sub/b2_second.sql"), B2);
        return classes;
    }

    private List<RevisionScript> load(Path classpathRoot) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classpathRoot.toUri().toURL()}, null)) {
            return new LocationScanner(loader).load(LOCATION, parser);
        }
    }

    private List<RevisionScript> parsed(Path classes) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            return new LocationScanner(loader).scan(LOCATION).stream().map(r -> parser.parse(r.name(), r.content()))
                    .toList();
        }
    }

    /** Changes a file's text without changing its size, dated before the index so only the content tells. */
    private static void sameSizeEdit(Path file, Path index) throws Exception {
        String text = Files.readString(file).replace("t1 (id INT)", "t9 (id INT)");
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(index).toMillis() - 60_000));
    }

    @Test
    void aMatchingIndexGivesTheSameRevisionsAsReadingTheFiles(@TempDir Path dir) throws Exception {
        Path classes = classes(dir);
        Path index = RevisionIndex.write(classes, LOCATION);
        assertThat(index).isEqualTo(classes.resolve("META-INF/retort/db/revisions.index"));

        List<RevisionScript> fromIndex = load(classes);
        List<RevisionScript> fromFiles = parsed(classes);
        assertThat(fromIndex).hasSize(2);
        for (int i = 0; i < 2; i++) {
            RevisionScript a = fromIndex.get(i);
            RevisionScript b = fromFiles.get(i);
            assertThat(List.of(a.id(), a.downRevisions(), a.branchLabels(), a.dependsOn(), a.message(),
                    String.valueOf(a.createDate()), a.transactional(), a.reversible(), a.checksum(), a.source()))
                    .isEqualTo(List.of(b.id(), b.downRevisions(), b.branchLabels(), b.dependsOn(), b.message(),
                            String.valueOf(b.createDate()), b.transactional(), b.reversible(), b.checksum(),
                            b.source()));
            assertThat(((RevisionBody.Sql) a.upgrade()).statements())
                    .isEqualTo(((RevisionBody.Sql) b.upgrade()).statements());
        }
        assertThat(fromIndex.get(0).message()).isEqualTo("first\tone, with a \\ backslash");
        assertThat(((RevisionBody.Sql) fromIndex.get(0).downgrade()).statements())
                .extracting(SqlStatement::sql).containsExactly("DROP TABLE t1");
    }

    @Test
    void aMatchingIndexIsTrustedWithoutReadingTheFiles(@TempDir Path dir) throws Exception {
        Path classes = classes(dir);
        Path index = RevisionIndex.write(classes, LOCATION);
        String indexed = load(classes).get(0).checksum();
        Path file = classes.resolve("db/revisions/a1_first.sql");
        sameSizeEdit(file, index);

        RevisionScript a1 = load(classes).get(0);
        // names and sizes match, nothing is newer than the index: the header and checksum come from the index
        assertThat(a1.checksum()).isEqualTo(indexed);
        // and the file the index does not describe is refused when it would run, not run under the old checksum
        assertThatThrownBy(() -> ((RevisionBody.Sql) a1.upgrade()).statements())
                .isInstanceOf(ScriptException.class)
                .hasMessageContaining("a1_first.sql")
                .hasMessageContaining("not the one the revision index was built from");
    }

    @Test
    void aFileNewerThanTheIndexIsRead(@TempDir Path dir) throws Exception {
        Path classes = classes(dir);
        Path index = RevisionIndex.write(classes, LOCATION);
        Path file = classes.resolve("db/revisions/a1_first.sql");
        sameSizeEdit(file, index);
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(index).toMillis() + 60_000));

        assertThat(load(classes).get(0).checksum()).isEqualTo(parsed(classes).get(0).checksum());
        assertThat(((RevisionBody.Sql) load(classes).get(0).upgrade()).statements())
                .extracting(SqlStatement::sql).containsExactly("CREATE TABLE t9 (id INT)");
    }

    @Test
    void aFileOfAnotherSizeOrNameIsNotTrusted(@TempDir Path dir) throws Exception {
        Path classes = classes(dir);
        Path index = RevisionIndex.write(classes, LOCATION);
        Path file = classes.resolve("db/revisions/a1_first.sql");
        Files.writeString(file, A1.replace("t1 (id INT)", "t1 (id BIGINT)"));
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(index).toMillis() - 60_000));
        assertThat(load(classes).get(0).checksum()).isEqualTo(parsed(classes).get(0).checksum())
                .isNotEqualTo(RevisionIndex.parse("i", Files.readString(index)).get("a1_first.sql").checksum());

        RevisionIndex.write(classes, LOCATION);
        Files.move(classes.resolve("db/revisions/sub/b2_second.sql"), classes.resolve("db/revisions/b2_second.sql"));
        assertThat(load(classes)).extracting(RevisionScript::source)
                .containsExactly("classpath:db/revisions/a1_first.sql", "classpath:db/revisions/b2_second.sql");

        RevisionIndex.write(classes, LOCATION);
        Files.writeString(classes.resolve("db/revisions/c3_third.sql"), "-- revision: c3\n-- down_revision: b2\n"
                + "-- retort:upgrade\n");
        Files.setLastModifiedTime(classes.resolve("db/revisions/c3_third.sql"), FileTime.fromMillis(0));
        assertThat(load(classes)).extracting(RevisionScript::id).containsExactly("a1", "b2", "c3");
    }

    @Test
    void aCorruptIndexIsAClearError(@TempDir Path dir) throws Exception {
        Path classes = classes(dir);
        Path index = RevisionIndex.write(classes, LOCATION);
        String good = Files.readString(index);
        Files.writeString(index, good.replace("\ttrue\t", "\tmaybe\t"));
        assertThatThrownBy(() -> load(classes)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("The revision index " + index + " is corrupt at line 2")
                .hasMessageContaining("Rebuild it");
        Files.writeString(index, "not an index\n");
        assertThatThrownBy(() -> load(classes)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("is corrupt at line 1: the first line is not '# retort revision index 1'");
        Files.writeString(index, good.substring(0, good.length() - 20));
        assertThatThrownBy(() -> load(classes)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("is corrupt at line 3");
    }

    @Test
    void anIndexInsideAJarIsTrustedWhenItMatches(@TempDir Path dir) throws Exception {
        Path classes = classes(dir);
        RevisionIndex.write(classes, LOCATION);
        // the jar's a1 is a same-size edit of the indexed one: only a trusted index reports the old checksum
        String edited = A1.replace("t1 (id INT)", "t9 (id INT)");
        Path jar = dir.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            // directory entries, as Maven's jar plugin writes them: the class loader finds the location by them
            out.putNextEntry(new JarEntry("db/"));
            out.putNextEntry(new JarEntry("db/revisions/"));
            out.putNextEntry(new JarEntry("BOOT-INF/classes/db/revisions/"));
            put(out, "BOOT-INF/classes/db/revisions/a1_first.sql", edited);
            put(out, "BOOT-INF/classes/db/revisions/sub/b2_second.sql", B2);
            put(out, "BOOT-INF/classes/META-INF/retort/db/revisions.index",
                    Files.readString(classes.resolve("META-INF/retort/db/revisions.index")));
            put(out, "db/revisions/a1_first.sql", A1);
            put(out, "db/revisions/sub/b2_second.sql", B2);
            put(out, "META-INF/retort/db/revisions.index",
                    Files.readString(classes.resolve("META-INF/retort/db/revisions.index")));
        }
        List<RevisionScript> plain = load(jar);
        assertThat(plain).extracting(RevisionScript::checksum)
                .containsExactlyElementsOf(parsed(classes).stream().map(RevisionScript::checksum).toList());
        assertThat(((RevisionBody.Sql) plain.get(1).upgrade()).statements()).extracting(SqlStatement::sql)
                .containsExactly("CREATE TABLE t2 (id INT)", "CREATE TABLE t3 (id INT)");

        // a nested root (as Spring Boot's jar: URL of BOOT-INF/classes) finds the index at that root
        URL nested = new URL("jar:" + jar.toUri() + "!/BOOT-INF/classes/db/revisions");
        try (URLClassLoader loader = new URLClassLoader(new URL[0], null) {
            @Override
            public java.util.Enumeration<URL> getResources(String name) {
                return java.util.Collections.enumeration(List.of(nested));
            }
        }) {
            List<RevisionScript> boot = new LocationScanner(loader).load(LOCATION, parser);
            assertThat(boot.get(0).checksum()).isEqualTo(plain.get(0).checksum());
            assertThatThrownBy(() -> ((RevisionBody.Sql) boot.get(0).upgrade()).count())
                    .hasMessageContaining("not the one the revision index was built from");
        }
    }

    @Test
    void aDirectoryNamedLikeAScriptIsIndexedThroughAndADanglingLinkIsNot(@TempDir Path dir) throws Exception {
        // the index writer asks about every entry, while reading the files lists names only and opens them
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes.resolve("db/revisions/m.sql"));
        Files.writeString(classes.resolve("db/revisions/a1_first.sql"), A1);
        Files.writeString(classes.resolve("db/revisions/m.sql/b2_second.sql"), B2);
        Files.createSymbolicLink(classes.resolve("db/revisions/c.sql"), dir.resolve("gone.sql"));
        List<RevisionScript> read = load(classes);
        assertThat(read).extracting(RevisionScript::id).containsExactly("a1", "b2");
        assertThat(RevisionIndex.write(classes, LOCATION)).isNotNull();
        assertThat(load(classes)).extracting(RevisionScript::checksum)
                .isEqualTo(read.stream().map(RevisionScript::checksum).toList());
    }

    @Test
    void onlyClasspathLocationsAreIndexedAndAMissingDirectoryIsNothingToIndex(@TempDir Path dir) throws Exception {
        assertThat(RevisionIndex.write(dir, "classpath:db/nothing")).isNull();
        assertThatThrownBy(() -> RevisionIndex.write(dir, "filesystem:" + dir))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("only classpath: locations");
    }

    private static void put(JarOutputStream out, String name, String text) throws Exception {
        out.putNextEntry(new JarEntry(name));
        OutputStream o = out;
        o.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
