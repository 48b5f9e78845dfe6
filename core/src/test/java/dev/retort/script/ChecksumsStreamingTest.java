package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The streamed checksum equals the one every applied revision already has in the history table. */
class ChecksumsStreamingTest {

    /** The formula as released: normalize both sections, join with NUL, SHA-256 of the UTF-8 bytes. */
    private static String released(String upgrade, String downgrade) throws Exception {
        String text = normalize(upgrade) + "\u0000" + (downgrade == null ? "\u0000irreversible" : normalize(downgrade));
        return "1:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String normalize(String text) {
        String s = text.isEmpty() || text.charAt(0) != '\uFEFF' ? text : text.substring(1);
        return s.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    @Test
    void matchesTheReleasedFormulaOnAwkwardText() throws Exception {
        String[] samples = {"", " ", "\uFEFFSELECT 1;\r\n", "\n\tCREATE TABLE t (id INT);\r\r\n", "caf\u00e9 \u20ac \uD83D\uDE00",
            "lone \uD800 surrogate", "a\rb\r\nc\n", "\u2003 em space \u2003", "SELECT '${x}';\n\n"};
        for (String up : samples) {
            for (String down : samples) {
                assertThat(Checksums.ofSections(up, down)).isEqualTo(released(up, down));
            }
            assertThat(Checksums.ofSections(up, null)).isEqualTo(released(up, null));
        }
        Random random = new Random(11);
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            big.append((char) (random.nextInt(3) == 0 ? random.nextInt(0x3000) : 'a' + random.nextInt(26)));
        }
        assertThat(Checksums.ofSections(big, "x")).isEqualTo(released(big.toString(), "x"));
    }
}
