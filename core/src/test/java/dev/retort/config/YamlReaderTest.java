package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The YAML subset Spring configuration files use, flattened to dotted keys. */
class YamlReaderTest {

    @Test
    void flattensNestedMapsAndQuotedScalars() {
        Map<String, String> read = YamlReader.read("""
                # comment
                a:
                  b: 1
                  c:
                    d: 'it''s'
                  e: "say \\"hi\\"" # trailing comment
                f: x#notacomment
                "g.h": plain
                """, "test.yml");
        assertThat(read).containsExactlyInAnyOrderEntriesOf(Map.of("a.b", "1", "a.c.d", "it's", "a.e", "say \"hi\"",
                "f", "x#notacomment", "g.h", "plain"));
    }

    @Test
    void listsBecomeCommaSeparatedAndOnlyTheFirstDocumentIsRead() {
        Map<String, String> read = YamlReader.read("""
                ---
                retort:
                  locations:
                  - filesystem:a
                  - filesystem:b
                  schema: s
                ---
                retort:
                  schema: other-profile
                """, "test.yml");
        assertThat(read).containsEntry("retort.locations", "filesystem:a,filesystem:b").containsEntry("retort.schema", "s");
    }

    @Test
    void aLineThatIsNotKeyValueNamesFileAndLine() {
        assertThatThrownBy(() -> YamlReader.read("a:\n  just text\n", "app.yml"))
                .isInstanceOf(ConfigFileException.class).hasMessageContaining("app.yml:2");
    }
}
