package com.example.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The application starts, its database is migrated by the starter, and the endpoint reports it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class ConsumerApplicationTests {

    @Autowired
    RestTestClient client;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDatabaseIsMigratedAndTheEndpointSaysSo() {
        assertThat(jdbc.sql("SELECT text FROM greeting WHERE id = 1").query(String.class).single())
                .isEqualTo("hello from a revision");
        String body = client.get().uri("/actuator/migrations").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        DocumentContext json = JsonPath.parse(body);
        assertThat(json.<List<List<String>>>read("$.contexts.*.engines.retort.current"))
                .containsExactly(List.of("c0ffee000001"));
        assertThat(json.<List<Boolean>>read("$.contexts.*.engines.retort.upToDate")).containsExactly(true);
    }
}
