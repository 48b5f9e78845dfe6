package dev.retort.autoconfigure.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The recipes docs/spring-boot.md gives, tried on a real web application: the readiness group that takes an
 * instance with pending revisions out of the load balancer while liveness stays UP, and the 400 message.
 */
@SpringBootTest(classes = WebTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "spring.datasource.url=jdbc:h2:mem:operations-web;DB_CLOSE_DELAY=-1", "retort.startup=none",
                "management.endpoints.web.exposure.include=health,migrations",
                "management.endpoint.health.probes.enabled=true",
                "management.endpoint.health.group.readiness.include=readinessState,migrations",
                "spring.web.error.include-message=always" })
@AutoConfigureRestTestClient
class OperationsWebTests {

    @Autowired
    RestTestClient client;

    @Test
    void pendingRevisionsTakeTheInstanceOutOfReadinessButNotLiveness() {
        String readiness = client.get().uri("/actuator/health/readiness").exchange().expectStatus()
                .isEqualTo(503).expectBody(String.class).returnResult().getResponseBody();
        assertThat(JsonPath.<String>read(readiness, "$.status")).isEqualTo("OUT_OF_SERVICE");
        String liveness = client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(JsonPath.<String>read(liveness, "$.status")).isEqualTo("UP");
    }

    @Test
    void withIncludeMessageTheBadRequestSaysWhy() {
        String body = client.get().uri("/actuator/migrations/ffffffff").exchange().expectStatus().isBadRequest()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(JsonPath.<String>read(body, "$.message"))
                .isEqualTo("No such revision or branch 'ffffffff'; 'retort history' lists the revisions");
    }
}
