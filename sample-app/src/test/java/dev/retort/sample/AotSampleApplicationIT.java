package dev.retort.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The packaged sample app, processed by Spring AOT at build time, started on the JVM with
 * {@code -Dspring.aot.enabled=true} (what a native image runs, without GraalVM): it migrates and serves the endpoint.
 */
class AotSampleApplicationIT {

    private static final Duration STARTUP = Duration.ofMinutes(3);

    @Test
    void theAotProcessedAppMigratesAndServesTheEndpoint() throws Exception {
        Path jar = Paths.get(System.getProperty("sample.jar"));
        assertThat(jar).exists();
        Path log = jar.resolveSibling("aot-sample-app.log");
        int port = freePort();
        String javaBin = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        Process app = new ProcessBuilder(javaBin, "-Dspring.aot.enabled=true", "-jar", jar.toString(),
                "--server.port=" + port, "--spring.datasource.url=jdbc:h2:mem:aot;DB_CLOSE_DELAY=-1")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            String body = awaitMigrations(port, app, log);
            DocumentContext json = JsonPath.parse(body);
            String engine = "$.contexts.*.engines.retort";
            assertThat(json.<List<List<String>>>read(engine + ".current"))
                    .containsExactly(List.of(SampleApplicationTests.HEAD));
            assertThat(json.<List<Boolean>>read(engine + ".upToDate")).containsExactly(true);
            assertThat(json.<List<String>>read(engine + ".log[*].operation")).hasSize(5).containsOnly("upgrade");
            assertThat(Files.readString(log)).contains("Starting AOT-processed SampleApplication")
                    .contains("upgrade head: applied 5 revision(s)");
        } finally {
            app.destroy();
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }

    private static String awaitMigrations(int port, Process app, Path log) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/migrations"))
                .timeout(Duration.ofSeconds(30)).build();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new AssertionError("The AOT-processed app exited with " + app.exitValue() + ":\n"
                        + Files.readString(log));
            }
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return response.body();
                }
            } catch (ConnectException | java.net.http.HttpConnectTimeoutException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The AOT-processed app did not serve /actuator/migrations within " + STARTUP
                + ":\n" + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
