package dev.retort.schema;

import dev.retort.testing.TestDatabase.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded random schemas and random edits of them, written as DDL any of the three databases accepts:
 * tables with an id primary key and a nullable {@code parent_id} for foreign keys, columns of a few
 * portable types, single-column unique and check constraints, one- and two-column indexes, comments.
 */
final class RandomSchemas {

    private static final List<String> TYPES = List.of("INTEGER", "BIGINT", "VARCHAR(20)", "VARCHAR(40)", "NUMERIC(10, 2)",
            "DATE");
    private static final Map<String, String> WIDER = Map.of("INTEGER", "BIGINT", "VARCHAR(20)", "VARCHAR(40)",
            "VARCHAR(40)", "VARCHAR(80)", "NUMERIC(10, 2)", "NUMERIC(12, 2)");
    private static final List<String> ACTIONS = List.of("", " ON DELETE CASCADE", " ON DELETE SET NULL");

    static final class Col {
        final String name;
        String type;
        boolean nullable;
        String defaultValue;
        String comment;

        Col(String name, String type, boolean nullable, String defaultValue, String comment) {
            this.name = name;
            this.type = type;
            this.nullable = nullable;
            this.defaultValue = defaultValue;
            this.comment = comment;
        }

        Col copy() {
            return new Col(name, type, nullable, defaultValue, comment);
        }

        boolean numeric() {
            return !type.startsWith("VARCHAR") && !type.equals("DATE");
        }
    }

    static final class Tab {
        final String name;
        final List<Col> columns = new ArrayList<>();
        final List<String> uniques = new ArrayList<>();
        final List<List<String>> indexes = new ArrayList<>();
        final List<String> checks = new ArrayList<>();
        String parent;
        String action = "";
        String comment;

        Tab(String name) {
            this.name = name;
        }

        Tab copy() {
            Tab t = new Tab(name);
            columns.forEach(c -> t.columns.add(c.copy()));
            t.uniques.addAll(uniques);
            indexes.forEach(i -> t.indexes.add(new ArrayList<>(i)));
            t.checks.addAll(checks);
            t.parent = parent;
            t.action = action;
            t.comment = comment;
            return t;
        }

        /** Columns that random edits may change (not id, not parent_id). */
        List<Col> editable() {
            return columns.subList(2, columns.size());
        }
    }

    private final Random random;
    private final List<Tab> tables = new ArrayList<>();
    private int counter;

    private RandomSchemas(Random random) {
        this.random = random;
    }

    /** A random schema of two to four tables. */
    static RandomSchemas generate(long seed) {
        RandomSchemas s = new RandomSchemas(new Random(seed));
        int n = 2 + s.random.nextInt(3);
        for (int i = 0; i < n; i++) {
            s.addTable();
        }
        for (int i = 0; i < 2 * n; i++) {
            s.mutate(7 + s.random.nextInt(10));
        }
        return s;
    }

    /** A copy with two to five random edits, drawn from the same seed. */
    RandomSchemas edited(long seed) {
        RandomSchemas s = new RandomSchemas(new Random(seed * 31 + 7));
        tables.forEach(t -> s.tables.add(t.copy()));
        s.counter = counter + 100;
        int edits = 2 + s.random.nextInt(4);
        for (int i = 0; i < edits; i++) {
            s.mutate(s.random.nextInt(17));
        }
        return s;
    }

    private void mutate(int kind) {
        Tab t = tables.isEmpty() ? null : tables.get(random.nextInt(tables.size()));
        Col c = t == null || t.editable().isEmpty() ? null : t.editable().get(random.nextInt(t.editable().size()));
        switch (kind) {
            case 0 -> addTable();
            case 1 -> {
                if (tables.size() > 1) {
                    tables.remove(t);
                    tables.forEach(o -> {
                        if (t.name.equals(o.parent)) {
                            o.parent = null;
                        }
                    });
                }
            }
            case 2 -> t.columns.add(randomColumn());
            case 3 -> {
                if (c != null) {
                    t.columns.remove(c);
                    t.uniques.remove(c.name);
                    t.checks.remove(c.name);
                    t.indexes.removeIf(i -> i.contains(c.name));
                }
            }
            case 4 -> {
                if (c != null) {
                    c.nullable = !c.nullable;
                }
            }
            case 5 -> {
                if (c != null) {
                    c.defaultValue = c.defaultValue != null && random.nextBoolean() ? null : defaultFor(c.type);
                }
            }
            case 6 -> {
                if (c != null && WIDER.containsKey(c.type)) {
                    c.type = WIDER.get(c.type);
                }
            }
            case 7 -> {
                if (c != null) {
                    List<String> cols = new ArrayList<>(List.of(c.name));
                    Col d = t.editable().get(random.nextInt(t.editable().size()));
                    if (d != c && random.nextBoolean()) {
                        cols.add(d.name);
                    }
                    if (t.indexes.stream().noneMatch(i -> i.get(0).equals(c.name))) {
                        t.indexes.add(cols);
                    }
                }
            }
            case 8 -> {
                if (t != null && !t.indexes.isEmpty()) {
                    t.indexes.remove(random.nextInt(t.indexes.size()));
                }
            }
            case 9 -> {
                if (c != null && !t.uniques.contains(c.name)) {
                    t.uniques.add(c.name);
                }
            }
            case 10 -> {
                if (t != null && !t.uniques.isEmpty()) {
                    t.uniques.remove(random.nextInt(t.uniques.size()));
                }
            }
            case 11 -> {
                if (t != null) {
                    t.parent = tables.get(random.nextInt(tables.size())).name;
                    t.action = ACTIONS.get(random.nextInt(ACTIONS.size()));
                }
            }
            case 12 -> {
                if (t != null) {
                    t.parent = null;
                }
            }
            case 13 -> {
                if (c != null && c.numeric() && !t.checks.contains(c.name)) {
                    t.checks.add(c.name);
                }
            }
            case 14 -> {
                if (t != null && !t.checks.isEmpty()) {
                    t.checks.remove(random.nextInt(t.checks.size()));
                }
            }
            case 15 -> {
                if (t != null) {
                    t.comment = t.comment != null && random.nextBoolean() ? null : "table note " + random.nextInt(100);
                }
            }
            default -> {
                if (c != null) {
                    c.comment = c.comment != null && random.nextBoolean() ? null : "it's column " + random.nextInt(100);
                }
            }
        }
    }

    private void addTable() {
        Tab t = new Tab("t" + counter++);
        t.columns.add(new Col("id", "INTEGER", false, null, null));
        t.columns.add(new Col("parent_id", "INTEGER", true, null, null));
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            t.columns.add(randomColumn());
        }
        tables.add(t);
    }

    private Col randomColumn() {
        String type = TYPES.get(random.nextInt(TYPES.size()));
        return new Col("c" + counter++, type, random.nextBoolean(), random.nextInt(3) == 0 ? defaultFor(type) : null, null);
    }

    private String defaultFor(String type) {
        if (type.startsWith("VARCHAR")) {
            return "'v" + random.nextInt(10) + "'";
        }
        if (type.equals("DATE")) {
            return "DATE '2026-01-0" + (1 + random.nextInt(9)) + "'";
        }
        return String.valueOf(random.nextInt(10));
    }

    /** The schema as DDL for {@code kind}. */
    String ddl(Kind kind) {
        boolean maria = kind == Kind.MARIADB;
        StringBuilder b = new StringBuilder();
        for (Tab t : tables) {
            List<String> parts = new ArrayList<>();
            for (Col c : t.columns) {
                parts.add(c.name + " " + c.type + (c.defaultValue == null ? "" : " DEFAULT " + c.defaultValue)
                        + (c.nullable ? "" : " NOT NULL") + (maria && c.comment != null ? " COMMENT " + literal(c.comment) : ""));
            }
            parts.add("CONSTRAINT pk_" + t.name + " PRIMARY KEY (id)");
            t.uniques.forEach(u -> parts.add("CONSTRAINT uq_" + t.name + "_" + u + " UNIQUE (" + u + ")"));
            t.checks.forEach(c -> parts.add("CONSTRAINT ck_" + t.name + "_" + c + " CHECK (" + c + " >= 0)"));
            b.append("CREATE TABLE ").append(t.name).append(" (\n    ").append(String.join(",\n    ", parts)).append("\n)")
                    .append(maria && t.comment != null ? " COMMENT = " + literal(t.comment) : "").append(";\n");
            for (List<String> i : t.indexes) {
                b.append("CREATE INDEX ix_").append(t.name).append('_').append(String.join("_", i)).append(" ON ")
                        .append(t.name).append(" (").append(String.join(", ", i)).append(");\n");
            }
            if (!maria) {
                if (t.comment != null) {
                    b.append("COMMENT ON TABLE ").append(t.name).append(" IS ").append(literal(t.comment)).append(";\n");
                }
                for (Col c : t.columns) {
                    if (c.comment != null) {
                        b.append("COMMENT ON COLUMN ").append(t.name).append('.').append(c.name).append(" IS ")
                                .append(literal(c.comment)).append(";\n");
                    }
                }
            }
        }
        for (Tab t : tables) {
            if (t.parent != null) {
                b.append("ALTER TABLE ").append(t.name).append(" ADD CONSTRAINT fk_").append(t.name)
                        .append("_parent FOREIGN KEY (parent_id) REFERENCES ").append(t.parent).append(" (id)")
                        .append(t.action).append(";\n");
            }
        }
        return b.toString();
    }

    private static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
