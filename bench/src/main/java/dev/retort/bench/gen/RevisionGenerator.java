package dev.retort.bench.gen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a linear chain of {@code count} revisions in Retort, Flyway and Liquibase formats. Every
 * revision creates one table and inserts one row: two statements, one commit.
 */
public final class RevisionGenerator {

    private RevisionGenerator() {
    }

    public static LinearWorkspace linear(Path root, int count) throws IOException {
        Path retort = Files.createDirectories(root.resolve("retort"));
        Path flyway = Files.createDirectories(root.resolve("flyway"));
        Path liquibase = Files.createDirectories(root.resolve("liquibase"));
        StringBuilder master = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<databaseChangeLog xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\"\n"
                + "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                + "    xsi:schemaLocation=\"http://www.liquibase.org/xml/ns/dbchangelog "
                + "http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd\">\n");
        String previous = null;
        for (int n = 1; n <= count; n++) {
            String id = RevisionIds.of(1, n);
            String slug = String.format("r%05d", n);
            write(retort.resolve(id + "_" + slug + ".sql"), retortScript(id, previous, n));
            write(flyway.resolve("V" + n + "__" + slug + ".sql"), upgradeSql(n));
            write(liquibase.resolve(slug + ".sql"), liquibaseScript(slug, n));
            master.append("  <include file=\"").append(slug).append(".sql\" relativeToChangelogFile=\"true\"/>\n");
            previous = id;
        }
        master.append("</databaseChangeLog>\n");
        write(liquibase.resolve("changelog-master.xml"), master.toString());
        return new LinearWorkspace(retort, flyway, liquibase, "changelog-master.xml", count, previous);
    }

    static String table(int n) {
        return String.format("t_%05d", n);
    }

    static String upgradeSql(int n) {
        return "CREATE TABLE " + table(n) + " (id INT PRIMARY KEY, v VARCHAR(20));\n"
                + "INSERT INTO " + table(n) + " (id, v) VALUES (" + n + ", 'r" + n + "');\n";
    }

    private static String retortScript(String id, String down, int n) {
        return "-- revision: " + id + "\n"
                + "-- down_revision: " + (down == null ? "" : down) + "\n"
                + "-- message: create " + table(n) + "\n"
                + "-- create_date: 2026-11-25 10:00:00\n"
                + "\n-- retort:upgrade\n" + upgradeSql(n)
                + "\n-- retort:downgrade\nDROP TABLE " + table(n) + ";\n";
    }

    private static String liquibaseScript(String slug, int n) {
        return "--liquibase formatted sql\n\n"
                + "--changeset bench:" + slug + "\n" + upgradeSql(n)
                + "--rollback DROP TABLE " + table(n) + ";\n";
    }

    static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
