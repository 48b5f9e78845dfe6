package dev.retort.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.ConfigurationException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding managed classes by reading class files: directories, jars, packages, and what is not an entity. */
class EntityScannerTest {

    static final Path TEST_CLASSES = Path.of(EntityScannerTest.class.getProtectionDomain().getCodeSource().getLocation()
            .getPath());

    @TempDir
    Path dir;

    /** A jar of the compiled test classes under {@code packagePath}. */
    private Path jar(String name, String packagePath) throws Exception {
        Path jar = dir.resolve(name);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.walk(TEST_CLASSES.resolve(packagePath))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(TEST_CLASSES.relativize(f).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(f));
                out.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void findsEntitiesAndTheOtherManagedTypesOfAPackage() {
        EntityScanner.Result result = new EntityScanner(List.of("dev.retort.jpa.clinic")).scan(List.of(TEST_CLASSES));
        assertThat(result.entities()).contains("dev.retort.jpa.clinic.Owner", "dev.retort.jpa.clinic.Vet",
                "dev.retort.jpa.clinic.Staff", "dev.retort.jpa.clinic.CardPayment")
                .doesNotContain("dev.retort.jpa.clinic.Address", "dev.retort.jpa.clinic.Person");
        assertThat(result.managedClasses()).containsAll(result.entities()).contains("dev.retort.jpa.clinic.Address",
                "dev.retort.jpa.clinic.Person", "dev.retort.jpa.clinic.PhoneNumberConverter")
                .doesNotContain("dev.retort.jpa.clinic.PhoneNumber", "dev.retort.jpa.clinic.PetKind");
        assertThat(result.hasEntities()).isTrue();
    }

    @Test
    void aClassThatOnlyNamesEntityInAnAnnotationValueIsNotAnEntity() {
        EntityScanner.Result result = new EntityScanner(List.of("dev.retort.jpa.mentions")).scan(List.of(TEST_CLASSES));
        assertThat(result.managedClasses()).isEmpty();
        assertThat(result.hasEntities()).isFalse();
    }

    @Test
    void withoutPackagesEveryClassOfTheDirectoryIsRead() {
        EntityScanner.Result result = new EntityScanner(List.of()).scan(List.of(TEST_CLASSES));
        assertThat(result.entities()).contains("dev.retort.jpa.clinic.Owner", "dev.retort.jpa.sequences.Invoice",
                "dev.retort.jpa.broken.Orphan");
    }

    @Test
    void readsJarsUnderThePackagesAndSkipsMissingRoots() throws Exception {
        Path jar = jar("model.jar", "dev/retort/jpa/sequences");
        EntityScanner.Result result = new EntityScanner(List.of("dev.retort.jpa.sequences"))
                .scan(List.of(jar, dir.resolve("not-compiled-yet")));
        assertThat(result.entities()).containsExactly("dev.retort.jpa.sequences.Invoice",
                "dev.retort.jpa.sequences.InvoiceLine");
        assertThat(new EntityScanner(List.of("com.example")).scan(List.of(jar)).managedClasses()).isEmpty();
    }

    @Test
    void throughAClassLoaderPackagesAreFoundInDirectoriesAndJars() throws Exception {
        Path jar = jar("model.jar", "dev/retort/jpa/elsewhere");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {TEST_CLASSES.toUri().toURL(), jar.toUri().toURL()},
                null)) {
            EntityScanner.Result result = new EntityScanner(List.of("dev.retort.jpa.sequences", "dev.retort.jpa.elsewhere"))
                    .scan(loader);
            assertThat(result.entities()).containsExactly("dev.retort.jpa.elsewhere.AuditEntry",
                    "dev.retort.jpa.sequences.Invoice", "dev.retort.jpa.sequences.InvoiceLine");
        }
    }

    @Test
    void throughAClassLoaderWithoutPackagesOnlyClassDirectoriesAreRead(@TempDir Path other) throws Exception {
        Path jar = jar("library.jar", "dev/retort/jpa/broken");
        Path pkg = Files.createDirectories(other.resolve("dev/retort/jpa/sequences"));
        Files.copy(TEST_CLASSES.resolve("dev/retort/jpa/sequences/Invoice.class"), pkg.resolve("Invoice.class"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {other.toUri().toURL(), jar.toUri().toURL()}, null)) {
            assertThat(new EntityScanner(List.of()).scan(loader).entities())
                    .containsExactly("dev.retort.jpa.sequences.Invoice");
        }
    }

    @Test
    void packagesOfACommaSeparatedList() {
        assertThat(EntityScanner.packages(" com.example.shop, ,com.example.billing ")).containsExactly(
                "com.example.shop", "com.example.billing");
        assertThat(EntityScanner.packages(null)).isEmpty();
    }

    @Test
    void aDamagedClassFileNamesTheFileAndSaysToRebuild() throws Exception {
        Path pkg = Files.createDirectories(dir.resolve("com/example"));
        try (OutputStream out = Files.newOutputStream(pkg.resolve("Broken.class"))) {
            out.write(new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61, 0, 9, 1, 0});
        }
        assertThatThrownBy(() -> new EntityScanner(List.of()).scan(List.of(dir)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("Broken.class").hasMessageContaining("mvn clean compile");
    }
}
