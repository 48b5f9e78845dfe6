package dev.retort.exec;

import static dev.retort.testing.ServerSql.column;
import static dev.retort.testing.ServerSql.reset;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.retort.Retort;
import dev.retort.testing.TestDatabase;
import java.io.File;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 item 18: offline SQL for MariaDB (procedures and triggers wrapped in {@code DELIMITER}) runs as printed
 * through the {@code mariadb} command-line client.
 */
class MariaDbOfflineClientTest {

    @RegisterExtension
    static TestDatabase maria = TestDatabase.mariadb();

    private static String client() {
        for (String name : List.of("mariadb", "mysql")) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        return null;
    }

    @Test
    void theOfflineScriptRunsThroughTheMariaDbClient(@TempDir Path dir) throws Exception {
        String client = client();
        assumeTrue(client != null || "true".equalsIgnoreCase(System.getenv("CI")), "no mariadb client on the PATH");
        reset(maria);
        Retort retort = Retort.configure().dialect("mariadb").locations("classpath:realdb/maria-lexing").load();
        Path script = Files.writeString(dir.resolve("upgrade.sql"), retort.upgradeSql("base:heads"));

        URI server = URI.create(maria.url().substring("jdbc:".length()));
        List<String> command = new ArrayList<>(List.of(client, "--protocol=TCP", "-h", server.getHost(), "-P",
                String.valueOf(server.getPort()), "-u", query(server, "user")));
        String password = query(server, "password");
        if (password != null && !password.isEmpty()) {
            command.add("-p" + password);
        }
        command.add(maria.name());
        Process p = new ProcessBuilder(command).redirectInput(script.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("mariadb client output:\n%s", output).isZero();

        assertThat(column(maria, "SELECT version_num FROM retort_version")).containsExactly("my000001");
        assertThat(column(maria, "SELECT body FROM notes ORDER BY id")).containsExactly("it's; escaped\\",
                "double \"quoted\"; text", "hello; from procedure");
        assertThat(column(maria, "SELECT touched FROM notes WHERE body = 'hello; from procedure'")).containsExactly("1");
    }

    private static String query(URI uri, String name) {
        for (String pair : uri.getQuery().split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return pair.substring(eq + 1);
            }
        }
        return null;
    }
}
