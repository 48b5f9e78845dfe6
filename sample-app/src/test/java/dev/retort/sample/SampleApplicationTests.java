package dev.retort.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The sample app booted on a real server, against the database its subclass chooses. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
abstract class SampleApplicationTests {

    static final String HEAD = "d2b6a8e4f105";

    @Autowired
    RestTestClient client;

    @Test
    void theDatabaseIsMigratedThroughTheBranchesAndTheMerge() {
        DocumentContext json = get("/actuator/migrations");
        String engine = "$.contexts.*.engines.retort";
        assertThat(json.<List<List<String>>>read(engine + ".current")).containsExactly(List.of(HEAD));
        assertThat(json.<List<Boolean>>read(engine + ".upToDate")).containsExactly(true);
        assertThat(json.<List<String>>read(engine + ".revisions[*].revision")).containsExactlyInAnyOrder(HEAD,
                "a9e3f5b1c704", "8c4d1e6f2b03", "5b7e2d4c9a02", "3f1a9c2b7d01");
        assertThat(json.<List<String>>read(engine + ".revisions[?(@.revision == '5b7e2d4c9a02')].branchLabels[0]"))
                .containsExactly("tags");
        assertThat(json.<List<String>>read(engine + ".log[*].operation")).hasSize(5).containsOnly("upgrade");
    }

    @Test
    void healthIsUp() {
        DocumentContext json = get("/actuator/health");
        assertThat(json.<String>read("$.status")).isEqualTo("UP");
        assertThat(json.<String>read("$.components.migrations.status")).isEqualTo("UP");
    }

    @Test
    void theWelcomeNoteComesFromARevisionWithAPlaceholder() {
        DocumentContext json = get("/notes/00000000-0000-0000-0000-000000000001");
        assertThat(json.<String>read("$.title")).isEqualTo("Welcome to Retort");
        assertThat(json.<List<String>>read("$.tags")).containsExactly("welcome");
    }

    @Test
    void notesCanBeCreatedTaggedAndArchived() {
        String body = client.post().uri("/notes").contentType(MediaType.APPLICATION_JSON)
                .body("{\"title\":\"groceries\",\"body\":\"milk\",\"tags\":[\"home\",\"todo\"]}")
                .exchange().expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody();
        String id = JsonPath.read(body, "$.id");
        assertThat(JsonPath.<List<String>>read(body, "$.tags")).containsExactly("home", "todo");
        client.post().uri("/notes/" + id + "/archive").exchange().expectStatus().isNoContent();
        assertThat(get("/notes").<List<String>>read("$[*].id")).doesNotContain(id);
        assertThat(get("/notes?archived=true").<List<String>>read("$[*].id")).contains(id);
    }

    DocumentContext get(String path) {
        return JsonPath.parse(client.get().uri(path).exchange().expectStatus().isOk().expectBody(String.class)
                .returnResult().getResponseBody());
    }
}
