package dev.retort.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.Retort;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 50 MB revision (683,780 INSERTs) runs in a JVM limited to 128 MB of heap (issue 11, item 8): the file is held
 * once, its checksum is hashed as it is read, and its statements are split and executed one at a time.
 */
class BoundedMemoryTest {

    static final int ROWS = 683_780;

    @TempDir
    Path dir;

    @Test
    void aFiftyMegabyteRevisionRunsUnderXmx128m() throws Exception {
        Path revisions = Files.createDirectories(dir.resolve("revisions"));
        Path file = revisions.resolve("b16da7a0_big.sql");
        String payload = "x".repeat(40);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("-- revision: b16da7a0\n-- down_revision:\n-- message: big\n\n-- retort:upgrade\n");
            w.write("CREATE TABLE big (id INT PRIMARY KEY, payload VARCHAR(64));\n");
            for (int i = 1; i <= ROWS; i++) {
                w.write("INSERT INTO big (id, payload) VALUES (" + i + ", '" + payload + "');\n");
            }
            w.write("\n-- retort:downgrade\nDROP TABLE big;\n");
        }
        assertThat(Files.size(file)).isGreaterThan(50_000_000L);

        String url = "jdbc:h2:" + dir.resolve("db").toAbsolutePath();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xmx128m", "-XX:+ExitOnOutOfMemoryError",
                "-cp", System.getProperty("java.class.path"), Child.class.getName(), url, revisions.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        assertThat(child.waitFor(10, TimeUnit.MINUTES)).isTrue();
        String log = Files.readString(dir.resolve("child.log"));
        assertThat(child.exitValue()).as(log).isZero();
        assertThat(log).doesNotContain("OutOfMemoryError");

        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*), (SELECT version_num FROM retort_version) FROM big")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(ROWS);
            assertThat(rs.getString(2)).isEqualTo("b16da7a0");
        }
    }

    /** The child JVM: loads the revisions and upgrades, as an application would at startup. */
    public static final class Child {
        public static void main(String[] args) throws IOException {
            Retort retort = Retort.configure().url(args[0], null, null).locations("filesystem:" + args[1]).load();
            retort.upgrade("head");
            System.out.println("applied " + List.of(args[1]));
        }
    }
}
