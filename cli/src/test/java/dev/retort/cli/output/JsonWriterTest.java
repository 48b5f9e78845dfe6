package dev.retort.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hand-written JSON: escaping, nesting, empty containers, nulls. */
class JsonWriterTest {

    @Test
    void writesNestedValuesWithEscapes() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("s", "quote \" backslash \\ newline \n tab \t bell \u0007");
        m.put("n", 3);
        m.put("b", true);
        m.put("null", null);
        m.put("empty", List.of());
        m.put("list", Arrays.asList("x", null));
        assertThat(JsonWriter.write(m)).isEqualTo("""
                {
                  "s": "quote \\" backslash \\\\ newline \\n tab \\t bell \\u0007",
                  "n": 3,
                  "b": true,
                  "null": null,
                  "empty": [],
                  "list": [
                    "x",
                    null
                  ]
                }""");
    }
}
