package dev.retort.bench.gen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Case 4's two schemas: {@code tables} tables chained by foreign keys, and a target that adds one column
 * to the first {@code changed} of them, so a correct diff has exactly {@code changed} changes.
 *
 * @param targetFile the target DDL, written for Retort's {@code autogenerateSchema} location
 */
public record AutogenerateSchemas(int tables, int changed, Path targetFile) {

    /** Writes the target DDL to {@code dir/schema.sql}. */
    public static AutogenerateSchemas write(Path dir, int tables, int changed) throws IOException {
        if (tables < 1 || changed < 0 || changed > tables) {
            throw new IllegalArgumentException("need 1 <= tables and 0 <= changed <= tables, got " + tables + "/"
                    + changed);
        }
        Path file = Files.createDirectories(dir).resolve("schema.sql");
        Files.writeString(file, ddl(tables, changed), StandardCharsets.UTF_8);
        return new AutogenerateSchemas(tables, changed, file);
    }

    /** The schema the live database starts with. */
    public String liveDdl() {
        return ddl(tables, 0);
    }

    /** The same tables, the first {@code changed} with {@code extra INTEGER}. */
    public String targetDdl() {
        return ddl(tables, changed);
    }

    public String describe() {
        return tables + " tables on PostgreSQL (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES the previous "
                + "table, name VARCHAR(100) NOT NULL + an index, amount NUMERIC(12, 2) DEFAULT 0, created TIMESTAMP); "
                + "the target adds extra INTEGER to " + changed + " of them (" + changed + " changes)";
    }

    /** Statements end with {@code ";\n"}; the whole string runs as one multi-statement JDBC call. */
    static String ddl(int tables, int changed) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < tables; i++) {
            b.append("CREATE TABLE t").append(i).append(" (id INTEGER PRIMARY KEY, ")
                    .append(i == 0 ? "parent_id INTEGER, " : "parent_id INTEGER REFERENCES t" + (i - 1) + " (id), ")
                    .append("name VARCHAR(100) NOT NULL, amount NUMERIC(12, 2) DEFAULT 0, created TIMESTAMP")
                    .append(i < changed ? ", extra INTEGER" : "").append(");\n");
            b.append("CREATE INDEX ix_t").append(i).append("_name ON t").append(i).append(" (name);\n");
        }
        return b.toString();
    }
}
