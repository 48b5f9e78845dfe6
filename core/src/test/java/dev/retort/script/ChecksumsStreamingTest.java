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
    @Test
    void textWithoutCarriageReturnsHashesAsTheReleasedFormula() throws Exception {
        // the parser hands over sections without CR: they take the copy-and-encode path, whatever their characters
        Random random = new Random(17);
        for (int round = 0; round < 2_500; round++) { // 5,000 checksums: past the switch to the JDK's digest
            StringBuilder up = new StringBuilder();
            int length = random.nextInt(400);
            for (int i = 0; i < length; i++) {
                char c = switch (random.nextInt(6)) {
                    case 0 -> (char) random.nextInt(0x80);
                    case 1 -> (char) (0x80 + random.nextInt(0x780));
                    case 2 -> (char) (0xD800 + random.nextInt(0x800)); // paired or lone surrogates
                    case 3 -> " \t\n\u2003\uFEFF".charAt(random.nextInt(5));
                    default -> (char) ('a' + random.nextInt(26));
                };
                if (c != '\r') {
                    up.append(c);
                }
            }
            String text = up.toString();
            String down = round % 3 == 0 ? null : text.substring(0, text.length() / 2);
            assertThat(Checksums.ofSections(text, down)).isEqualTo(released(text, down));
            assertThat(Checksums.ofSections(up, down)).isEqualTo(released(text, down));
        }
    }

    @Test
    void ownSha256IsTheJdksOnEveryLengthAndSplit() throws Exception {
        Random random = new Random(5);
        for (int length = 0; length < 300; length++) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            byte[] expected = MessageDigest.getInstance("SHA-256").digest(bytes);
            Sha256 whole = new Sha256();
            whole.update(bytes);
            assertThat(whole.digest()).isEqualTo(expected);
            Sha256 pieces = new Sha256();
            int at = 0;
            while (at < length) {
                int n = Math.min(length - at, random.nextInt(70));
                if (n == 1) {
                    pieces.update(bytes[at]);
                } else {
                    pieces.update(bytes, at, n);
                }
                at += n;
            }
            assertThat(pieces.digest()).isEqualTo(expected);
        }
        byte[] big = new byte[1 << 20];
        random.nextBytes(big);
        Sha256 large = new Sha256();
        large.update(big);
        assertThat(large.digest()).isEqualTo(MessageDigest.getInstance("SHA-256").digest(big));
        assertThat(HexFormat.of().formatHex(new Sha256().digest()))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(Checksums.of("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("1:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
