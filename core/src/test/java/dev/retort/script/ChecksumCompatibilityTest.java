package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The parser keeps sections as ranges of the file now (bounded memory); each file's checksum must stay what the
 * line-by-line parser computed, or every applied revision would report drift.
 */
class ChecksumCompatibilityTest {

    private static final Pattern MARKER = Pattern.compile("^--\\s*retort:\\s*(.*?)\\s*$", Pattern.CASE_INSENSITIVE);

    /** The released parser's section extraction, reduced to what feeds the checksum. */
    static String released(String content) {
        String text = content.isEmpty() || content.charAt(0) != '\uFEFF' ? content : content.substring(1);
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        String[] lines = text.split("\n", -1);
        int lineNo = 0;
        for (; lineNo < lines.length; lineNo++) {
            String trimmed = lines[lineNo].strip();
            if (!trimmed.isEmpty() && (!trimmed.startsWith("--") || MARKER.matcher(trimmed).matches())) {
                break;
            }
        }
        StringBuilder upgrade = null;
        StringBuilder downgrade = null;
        StringBuilder current = null;
        for (; lineNo < lines.length; lineNo++) {
            var m = MARKER.matcher(lines[lineNo].strip());
            if (m.matches()) {
                switch (m.group(1).toLowerCase().replaceAll("\\s+", " ")) {
                    case "upgrade" -> current = upgrade = new StringBuilder();
                    case "downgrade" -> current = downgrade = new StringBuilder();
                    case "irreversible" -> current = null;
                    default -> { }
                }
                if (current != null) {
                    current.append('\n');
                }
                continue;
            }
            if (current != null) {
                current.append(lines[lineNo]).append('\n');
            }
        }
        return Checksums.ofSections(upgrade.substring(1), downgrade == null ? null : downgrade.substring(1));
    }

    @Test
    void everyRevisionFileInTheRepositoryKeepsItsChecksum() throws IOException {
        SqlRevisionParser parser = new SqlRevisionParser(SqlFlavor.STANDARD, Map.of());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("..").toAbsolutePath().normalize())) {
            files = walk.filter(p -> p.toString().endsWith(".sql") && !p.toString().contains("/target/")
                    && !p.toString().contains("/.git/")).toList();
        }
        int checked = 0;
        for (Path file : files) {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            RevisionScript script;
            try {
                script = parser.parse(file.toString(), content);
            } catch (ScriptException notARevision) {
                continue;
            }
            assertThat(script.checksum()).as(file.toString()).isEqualTo(released(content));
            checked++;
        }
        assertThat(checked).isGreaterThan(20);
    }

    @Test
    void awkwardLayoutsKeepTheirChecksums() {
        SqlRevisionParser parser = new SqlRevisionParser(SqlFlavor.STANDARD, Map.of());
        String[] files = {
            "-- revision: a1\n-- retort:upgrade\nSELECT 1;",
            "-- revision: a1\n-- retort:upgrade",
            "-- revision: a1\n-- retort:upgrade\n",
            "\uFEFF-- revision: a1\r\n\r\n-- retort:upgrade\r\nSELECT 1;\r\n-- retort:downgrade\r\nSELECT 2;\r\n",
            "-- revision: a1\n-- retort:upgrade\n-- retort:split off\nDO $$ BEGIN END $$;\n-- retort:downgrade\n\n",
            "-- revision: a1\n-- retort:upgrade\nSELECT 1;\n  -- retort: split off\nSELECT 2;\n-- retort:irreversible\nx",
            "-- revision: a1\n-- message: m\n\n-- free comment\n-- retort:upgrade\n\n  SELECT 1;  \n\n-- retort:downgrade\n",
            "-- revision: a1\n-- retort:upgrade\r-- c\rSELECT 1;\r-- retort:downgrade\rDROP;",
        };
        for (String file : files) {
            assertThat(parser.parse("f.sql", file).checksum()).as(file).isEqualTo(released(file));
        }
    }
}
