package dev.retort.autoconfigure.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Boots a real web application against one database and reads the migration state over HTTP. */
@SpringBootTest(classes = WebTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "management.endpoints.web.exposure.include=migrations,health",
                "management.endpoint.health.show-details=always" })
@AutoConfigureRestTestClient
abstract class MigrationsEndpointWebTests {

    @Autowired
    RestTestClient client;

    @Autowired
    MeterRegistry meters;

    @Test
    void migrationsEndpointReturnsTheSpecShape() {
        DocumentContext json = get("/actuator/migrations");
        Map<String, Object> contexts = json.read("$.contexts");
        assertThat(contexts).hasSize(1);
        String context = "$.contexts['" + contexts.keySet().iterator().next() + "']";
        assertThat(json.<Map<String, Object>>read(context)).containsOnlyKeys("engines", "parentId");
        assertThat(json.<Object>read(context + ".parentId")).isNull();
        String engine = context + ".engines.retort";
        Map<String, Object> body = json.read(engine);
        assertThat(body).containsOnlyKeys("versionTable", "current", "heads", "upToDate", "pending", "revisions", "log");
        assertThat(json.<String>read(engine + ".versionTable")).isEqualTo("retort_version");
        assertThat(json.<List<String>>read(engine + ".current")).containsExactly("1a2b3c4d5e02");
        assertThat(json.<List<String>>read(engine + ".heads")).containsExactly("1a2b3c4d5e02");
        assertThat(json.<Boolean>read(engine + ".upToDate")).isTrue();
        assertThat(json.<List<String>>read(engine + ".pending")).isEmpty();
        List<Map<String, Object>> revisions = json.read(engine + ".revisions");
        assertThat(revisions).extracting(r -> r.get("revision")).containsExactly("1a2b3c4d5e02", "1a2b3c4d5e01");
        assertThat(revisions).extracting(r -> r.get("state")).containsExactly("current", "applied");
        assertThat(revisions.get(0)).containsOnlyKeys("revision", "downRevisions", "branchLabels", "message", "state",
                "appliedAt", "durationMs", "checksum", "file");
        assertThat(revisions.get(0)).containsEntry("downRevisions", List.of("1a2b3c4d5e01"))
                .containsEntry("branchLabels", List.of()).containsEntry("message", "seed widget");
        assertThat((String) revisions.get(0).get("checksum")).startsWith("1:");
        assertThat((String) revisions.get(0).get("appliedAt")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat((String) revisions.get(0).get("file")).endsWith("1a2b3c4d5e02_seed_widget.sql");
        List<Map<String, Object>> log = json.read(engine + ".log");
        assertThat(log).hasSize(2);
        assertThat(log.get(0)).containsOnlyKeys("operation", "revision", "success", "startedAt", "durationMs",
                "installedBy", "error");
        assertThat(log).extracting(e -> e.get("operation")).containsOnly("upgrade");
        assertThat(log).extracting(e -> e.get("success")).containsOnly(true);
    }

    @Test
    void revisionEndpointResolvesAnIdentifierAndShowsItsSql() {
        DocumentContext json = get("/actuator/migrations/head");
        assertThat(json.<String>read("$.revision")).isEqualTo("1a2b3c4d5e02");
        assertThat(json.<String>read("$.state")).isEqualTo("current");
        assertThat(json.<String>read("$.upgradeSql")).contains("INSERT INTO widget");
        assertThat(json.<String>read("$.downgradeSql")).contains("DELETE FROM widget");
        assertThat(get("/actuator/migrations/1a2b3c4d5e01").<String>read("$.state")).isEqualTo("applied");
    }

    @Test
    void anUnknownRevisionIsABadRequestWhoseBodyHasNoMessageByDefault() {
        String body = client.get().uri("/actuator/migrations/ffffffff").exchange().expectStatus().isBadRequest()
                .expectBody(String.class).returnResult().getResponseBody();
        // Boot leaves the message out unless spring.web.error.include-message says otherwise (OperationsWebTests)
        assertThat(body).doesNotContain("No such revision");
    }

    @Test
    void healthIsUpAtTheTarget() {
        DocumentContext json = get("/actuator/health/migrations");
        assertThat(json.<String>read("$.status")).isEqualTo("UP");
        assertThat(json.<List<String>>read("$.details.retort.current")).containsExactly("1a2b3c4d5e02");
    }

    @Test
    void metricsCountTheMigration() {
        assertThat(meters.get("retort.revisions.pending").gauge().value()).isZero();
        assertThat(meters.get("retort.revisions.applied").gauge().value()).isEqualTo(2);
        assertThat(meters.get("retort.heads").gauge().value()).isEqualTo(1);
        // every meter docs/spring-boot.md lists, and no other
        assertThat(meters.getMeters().stream().map(m -> m.getId().getName()).filter(n -> n.startsWith("retort."))
                .distinct()).containsExactlyInAnyOrder("retort.revisions.pending", "retort.revisions.applied",
                        "retort.heads", "retort.migration", "retort.migration.active");
        assertThat(meters.find("retort.migration").timers()).singleElement().satisfies(timer -> {
            // recorded through the Observation's meter handler, which adds its "error" tag
            assertThat(timer.getId().getTags()).contains(Tag.of("direction", "upgrade"), Tag.of("outcome", "success"));
            assertThat(((Timer) timer).count()).isEqualTo(2);
        });
    }

    private DocumentContext get(String path) {
        String body = client.get().uri(path).exchange().expectStatus().isOk().expectBody(String.class)
                .returnResult().getResponseBody();
        return JsonPath.parse(body);
    }
}
