package dev.retort.cli.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The attack corpus (issue 11): bad inputs, each with the exit code it must give, what its message must name, and
 * what the database must look like afterwards. Every case starts from a database at revision {@code a1} (table
 * {@code t_a1}, a {@code victim} table beside it).
 */
final class AttackCorpus {

    /** What the database must look like after the case. */
    enum After {
        /** Exactly as before: tables, version rows and history rows. */
        UNCHANGED,
        /** Changed as the command asked (a success, or a failure recorded in the history table). */
        RECORDED
    }

    /** One hostile input. */
    record Case(String family, String name, Map<String, byte[]> files, List<String> args, Map<String, String> env,
            int exit, List<String> mentions, List<String> absent, After after) {

        @Override
        public String toString() {
            return family + ": " + name;
        }
    }

    static final String GOOD = """
            -- revision: a1
            -- down_revision:
            -- message: base table

            -- retort:upgrade
            CREATE TABLE IF NOT EXISTS t_a1 (id INT);

            -- retort:downgrade
            DROP TABLE t_a1;
            """;

    private final List<Case> cases = new ArrayList<>();

    /** A case builder: files, then the command line, then the expectation. */
    final class Builder {
        private final String family;
        private final String name;
        private final Map<String, byte[]> files = new LinkedHashMap<>();
        private final Map<String, String> env = new LinkedHashMap<>();
        private final List<String> mentions = new ArrayList<>();
        private final List<String> absent = new ArrayList<>();
        private List<String> args = List.of();

        Builder(String family, String name) {
            this.family = family;
            this.name = name;
        }

        Builder file(String name, String content) {
            files.put(name, content.getBytes(StandardCharsets.UTF_8));
            return this;
        }

        Builder bytes(String name, byte[] content) {
            files.put(name, content);
            return this;
        }

        /** A revision {@code id} below a1 with this upgrade SQL. */
        Builder revision(String id, String upgrade) {
            return file(id + "_x.sql", "-- revision: " + id + "\n-- down_revision: a1\n-- message: x\n\n"
                    + "-- retort:upgrade\n" + upgrade + "\n\n-- retort:downgrade\nSELECT 1;\n");
        }

        Builder env(String name, String value) {
            env.put(name, value);
            return this;
        }

        Builder run(String... args) {
            this.args = List.of(args);
            return this;
        }

        Builder mentions(String... texts) {
            mentions.addAll(List.of(texts));
            return this;
        }

        Builder never(String... texts) {
            absent.addAll(List.of(texts));
            return this;
        }

        void exits(int code, After after) {
            cases.add(new Case(family, name, Map.copyOf(files), args, Map.copyOf(env), code, List.copyOf(mentions),
                    List.copyOf(absent), after));
        }

        void usage() {
            exits(2, After.UNCHANGED);
        }
    }

    Builder add(String family, String name) {
        return new Builder(family, name);
    }

    private static String header(String id, String down) {
        return "-- revision: " + id + "\n-- down_revision: " + down + "\n-- message: x\n\n";
    }

    private static byte[] concat(String before, byte[] middle, String after) {
        byte[] a = before.getBytes(StandardCharsets.UTF_8);
        byte[] c = after.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[a.length + middle.length + c.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(middle, 0, out, a.length, middle.length);
        System.arraycopy(c, 0, out, a.length + middle.length, c.length);
        return out;
    }

    static List<Case> all() {
        AttackCorpus c = new AttackCorpus();
        c.targets();
        c.headers();
        c.encodings();
        c.splitter();
        c.placeholders();
        c.config();
        c.names();
        c.secrets();
        c.revIds();
        c.state();
        return c.cases;
    }

    private void targets() {
        String f = "identifiers";
        add(f, "upgrade empty").run("upgrade", "").mentions("identifier is empty").usage();
        add(f, "upgrade blank").run("upgrade", " ").mentions("identifier is empty").usage();
        add(f, "upgrade tab").run("upgrade", "\t").mentions("identifier is empty").usage();
        add(f, "downgrade empty").run("downgrade", "").mentions("identifier is empty").usage();
        add(f, "downgrade blank").run("downgrade", "  ").mentions("identifier is empty").usage();
        add(f, "stamp empty").run("stamp", "").mentions("identifier is empty").usage();
        add(f, "upgrade --sql empty").run("upgrade", "", "--sql", "--dialect", "h2").usage();
        add(f, "upgrade huge relative").run("upgrade", "+99999999999999999999").mentions("too many steps").usage();
        add(f, "downgrade huge relative").run("downgrade", "-99999999999999999999").mentions("too many steps").usage();
        add(f, "anchored huge relative").run("upgrade", "a1+99999999999999999999").mentions("too many steps").usage();
        add(f, "unknown revision").run("upgrade", "zzzz9999").mentions("zzzz9999").usage();
        add(f, "unknown downgrade target").run("downgrade", "zzzz9999").mentions("zzzz9999").usage();
        add(f, "unknown branch label").run("upgrade", "nolabel@head").mentions("nolabel").usage();
        add(f, "relative up on downgrade").run("downgrade", "+1").usage();
        add(f, "relative down on upgrade").run("upgrade", "-1").usage();
        add(f, "walks past heads").run("upgrade", "+5").usage();
        add(f, "walks past base").run("downgrade", "-5").usage();
        add(f, "colon alone").run("upgrade", ":").usage();
        add(f, "history range without colon").run("history", "-r", "a1").mentions("colon").usage();
        add(f, "show unknown").run("show", "zzzz9999").mentions("zzzz9999").usage();
        add(f, "ambiguous prefix").revision("ab12cd", "SELECT 1;")
                .file("ab34ef_x.sql", header("ab34ef", "a1") + "-- retort:upgrade\nSELECT 1;\n")
                .run("upgrade", "ab").mentions("ab12cd", "ab34ef").usage();
        add(f, "head with two heads").revision("b1", "SELECT 1;").revision("c1", "SELECT 1;")
                .run("upgrade", "head").mentions("b1", "c1").usage();
        add(f, "merge unknown").run("merge", "-m", "m", "a1", "zzzz9999").mentions("zzzz9999").usage();
    }

    private void headers() {
        String f = "headers";
        add(f, "unknown key").file("b1_x.sql", "-- revision: b1\n-- down_revision: a1\n-- colour: blue\n-- retort:upgrade\n")
                .run("upgrade", "head").mentions("b1_x.sql:3", "unknown key 'colour'").usage();
        add(f, "key twice").file("b1_x.sql", "-- revision: b1\n-- message: a\n-- message: b\n-- retort:upgrade\n")
                .run("upgrade", "head").mentions("b1_x.sql:3", "appears twice").usage();
        add(f, "missing revision").file("b1_x.sql", "-- down_revision: a1\n-- retort:upgrade\nSELECT 1;\n")
                .run("upgrade", "head").mentions("b1_x.sql:1", "missing '-- revision").usage();
        add(f, "empty revision").file("b1_x.sql", "-- revision:\n-- retort:upgrade\n")
                .run("upgrade", "head").mentions("b1_x.sql", "missing").usage();
        add(f, "no upgrade marker").file("b1_x.sql", "-- revision: b1\n-- down_revision: a1\n")
                .run("upgrade", "head").mentions("b1_x.sql", "no '-- retort:upgrade' marker").usage();
        add(f, "downgrade before upgrade").file("b1_x.sql", header("b1", "a1") + "-- retort:downgrade\n-- retort:upgrade\n")
                .run("upgrade", "head").mentions("b1_x.sql:5", "put the upgrade section first").usage();
        add(f, "second upgrade marker").file("b1_x.sql", header("b1", "a1") + "-- retort:upgrade\n-- retort:upgrade\n")
                .run("upgrade", "head").mentions("b1_x.sql:6", "second").usage();
        add(f, "unknown marker").file("b1_x.sql", header("b1", "a1") + "-- retort:upgrade\n-- retort:sideways\n")
                .run("upgrade", "head").mentions("b1_x.sql:6", "unknown marker").usage();
        add(f, "split off outside a section").file("b1_x.sql", header("b1", "a1") + "-- retort:upgrade\nSELECT 1;\n"
                + "-- retort:irreversible\n-- retort:split off\n")
                .run("upgrade", "head").mentions("b1_x.sql:8", "split off").usage();
        add(f, "SQL before the upgrade marker").file("b1_x.sql", header("b1", "a1") + "DROP TABLE victim;\n-- retort:upgrade\n")
                .run("upgrade", "head").mentions("b1_x.sql:5", "SQL before").usage();
        add(f, "irreversible and downgrade").file("b1_x.sql", header("b1", "a1")
                + "-- retort:upgrade\n-- retort:downgrade\n-- retort:irreversible\n")
                .run("upgrade", "head").mentions("b1_x.sql:7").usage();
        add(f, "transactional maybe").file("b1_x.sql", "-- revision: b1\n-- down_revision: a1\n-- transactional: maybe\n"
                + "-- retort:upgrade\n").run("upgrade", "head").mentions("b1_x.sql:3", "transactional").usage();
        add(f, "id too long").file("b1_x.sql", header("x".repeat(33), "a1") + "-- retort:upgrade\n")
                .run("upgrade", "head").mentions("b1_x.sql", "33 characters").usage();
        for (String bad : List.of("b-1", "b@1", "b+1", "b:1", "b,1", "b/1", "b'1", "b\"1", "b\\1")) {
            add(f, "id with " + bad.charAt(1)).file("b1_x.sql", header(bad, "a1") + "-- retort:upgrade\n")
                    .run("upgrade", "head").mentions("b1_x.sql", "contains").usage();
        }
        add(f, "reserved id").file("b1_x.sql", header("head", "a1") + "-- retort:upgrade\n")
                .run("upgrade", "head").mentions("b1_x.sql", "reserved").usage();
        add(f, "unknown down_revision").file("b1_x.sql", header("b1", "nosuch") + "-- retort:upgrade\n")
                .run("upgrade", "head").mentions("b1_x.sql", "nosuch").usage();
        add(f, "unknown depends_on").file("b1_x.sql", header("b1", "a1").replace("-- message", "-- depends_on: nosuch\n-- message")
                + "-- retort:upgrade\n").run("upgrade", "head").mentions("b1_x.sql", "nosuch").usage();
        add(f, "names itself").file("b1_x.sql", header("b1", "b1") + "-- retort:upgrade\n")
                .run("upgrade", "head").mentions("b1_x.sql", "itself").usage();
        add(f, "two-revision cycle").file("b1_x.sql", header("b1", "c1") + "-- retort:upgrade\n")
                .file("c1_x.sql", header("c1", "b1") + "-- retort:upgrade\n")
                .run("upgrade", "head").mentions("cycle").usage();
        add(f, "down_revision listed twice").file("b1_x.sql", header("b1", "a1, a1") + "-- retort:upgrade\n")
                .run("upgrade", "head").mentions("b1_x.sql:2", "lists 'a1' twice").never("cycle").usage();
        add(f, "depends_on listed twice").file("b1_x.sql", "-- revision: b1\n-- down_revision: a1\n-- depends_on: a1,a1\n"
                + "-- retort:upgrade\n").run("upgrade", "head").mentions("b1_x.sql:3", "twice").usage();
        add(f, "duplicate id").file("b1_x.sql", header("a1", "") + "-- retort:upgrade\n")
                .run("upgrade", "head").mentions("duplicate revision id 'a1'").usage();
        add(f, "branch label twice").file("b1_x.sql", "-- revision: b1\n-- down_revision: a1\n-- branch_labels: x\n"
                + "-- retort:upgrade\n").file("c1_x.sql", "-- revision: c1\n-- down_revision: a1\n-- branch_labels: x\n"
                + "-- retort:upgrade\n").run("upgrade", "heads").mentions("branch label 'x'").usage();
        add(f, "reserved branch label").file("b1_x.sql", "-- revision: b1\n-- down_revision: a1\n-- branch_labels: head\n"
                + "-- retort:upgrade\n").run("upgrade", "head").mentions("b1_x.sql", "reserved").usage();
        add(f, "empty file").file("b1_x.sql", "").run("upgrade", "head").mentions("b1_x.sql").usage();
        add(f, "binary junk").bytes("b1_x.sql", new byte[] {0, 1, 2, 3, 10, 0x7f}).run("upgrade", "head")
                .mentions("b1_x.sql").usage();
    }

    private void encodings() {
        String f = "encodings";
        String head = header("b1", "a1") + "-- retort:upgrade\nINSERT INTO t_a1 VALUES (1); -- ";
        byte[][] bad = {{(byte) 0xE9}, {(byte) 0xFF}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xE2, (byte) 0x82}, {(byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}};
        for (byte[] b : bad) {
            add(f, String.format("byte 0x%02X in SQL", b[0] & 0xff)).bytes("b1_x.sql", concat(head, b, "\n"))
                    .run("upgrade", "head").mentions("b1_x.sql:6", "not UTF-8", "byte offset").usage();
        }
        add(f, "truncated sequence at end").bytes("b1_x.sql", concat(head, new byte[] {(byte) 0xE2}, ""))
                .run("upgrade", "head").mentions("b1_x.sql:6", "not UTF-8").usage();
        add(f, "latin-1 in the header").bytes("b1_x.sql", concat("-- revision: b1\n-- down_revision: a1\n-- message: caf",
                new byte[] {(byte) 0xE9}, "\n-- retort:upgrade\n")).run("upgrade", "head").mentions("b1_x.sql:3", "not UTF-8")
                .usage();
        add(f, "UTF-16 file").bytes("b1_x.sql", ("\uFEFF" + header("b1", "a1") + "-- retort:upgrade\n")
                .getBytes(StandardCharsets.UTF_16)).run("upgrade", "head").mentions("b1_x.sql:1", "not UTF-8").usage();
        add(f, "UTF-8 BOM and CRLF are fine").file("b1_x.sql", ("\uFEFF" + header("b1", "a1")
                + "-- retort:upgrade\nCREATE TABLE t_b1 (id INT);\n-- retort:downgrade\nDROP TABLE t_b1;\n").replace("\n", "\r\n"))
                .run("upgrade", "head").exits(0, After.RECORDED);
    }

    private void splitter() {
        String f = "splitter";
        add(f, "unterminated string").revision("b1", "SELECT 1;\nINSERT INTO t_a1 VALUES ('open);")
                .run("upgrade", "head").mentions("b1_x.sql:7", "unterminated string").usage();
        add(f, "unterminated quoted identifier").revision("b1", "SELECT \"open FROM t_a1;")
                .run("upgrade", "head").mentions("b1_x.sql:6", "unterminated quoted identifier").usage();
        add(f, "unterminated dollar quote").revision("b1", "CREATE FUNCTION f() AS $$ SELECT 1;")
                .run("upgrade", "head").mentions("b1_x.sql:6", "unterminated dollar quote $$").usage();
        add(f, "unterminated tagged dollar quote").revision("b1", "SELECT $body$ x;")
                .run("upgrade", "head").mentions("b1_x.sql:6", "$body$").usage();
        add(f, "unterminated block comment").revision("b1", "SELECT 1; /* open")
                .run("upgrade", "head").mentions("b1_x.sql:6", "unterminated block comment").usage();
        add(f, "unterminated nested comment").revision("b1", "/* a /* b */ SELECT 1;")
                .run("upgrade", "head").mentions("b1_x.sql:6", "block comment").usage();
        add(f, "escape string hides the quote").revision("b1", "SELECT E'it\\'s;")
                .run("upgrade", "head").mentions("b1_x.sql:6", "unterminated string").usage();
        add(f, "DELIMITER without value").revision("b1", "DELIMITER \nSELECT 1;")
                .run("upgrade", "head", "--sql", "--dialect", "mariadb").mentions("b1_x.sql", "DELIMITER").usage();
        add(f, "unterminated string in downgrade, on upgrade").file("b1_x.sql", header("b1", "a1")
                + "-- retort:upgrade\nSELECT 1;\n-- retort:downgrade\nSELECT 'open;\n")
                .run("upgrade", "head").exits(0, After.RECORDED); // split when a command needs it: not on upgrade
        add(f, "unterminated string in downgrade, offline downgrade").file("b1_x.sql", header("b1", "a1")
                + "-- retort:upgrade\nSELECT 1;\n-- retort:downgrade\nSELECT 'open;\n")
                .run("downgrade", "b1:a1", "--sql", "--dialect", "h2").mentions("b1_x.sql:8", "unterminated string")
                .usage();
        add(f, "unterminated string in a later revision stops the whole plan").revision("b1", "CREATE TABLE t_b1 (id INT);")
                .file("c1_x.sql", header("c1", "b1") + "-- retort:upgrade\nSELECT 'open;\n")
                .run("upgrade", "head").mentions("c1_x.sql:6").usage();
        add(f, "failing statement is named").revision("b1", "CREATE TABLE t_b1 (id INT);\nSELEC 2;")
                .run("upgrade", "head").mentions("b1_x.sql", "statement 2", "SELEC 2").exits(3, After.RECORDED);
        add(f, "failing first statement").revision("b1", "INSERT INTO no_such_table VALUES (1);")
                .run("upgrade", "head").mentions("b1_x.sql", "statement 1", "no_such_table").exits(3, After.RECORDED);
        add(f, "trailing comment offline").revision("b1", "CREATE TABLE t_b1 (id INT) -- trailing comment")
                .run("upgrade", "head", "--sql", "--dialect", "postgresql").mentions("CREATE TABLE t_b1 (id INT);")
                .never("comment;").exits(0, After.UNCHANGED);
        add(f, "MariaDB minus minus offline").revision("b1", "SELECT 5--1;\nSELECT 2;")
                .run("upgrade", "head", "--sql", "--dialect", "mariadb").mentions("SELECT 5--1;\n", "SELECT 2;")
                .never("DELIMITER").exits(0, After.UNCHANGED);
        add(f, "semicolon in a comment does not split").revision("b1", "CREATE TABLE t_b1 (id INT -- ; not here\n);")
                .run("upgrade", "head").exits(0, After.RECORDED);
        add(f, "dollar body with semicolons").revision("b1", "CREATE TABLE t_b1 (v VARCHAR(20));\n"
                + "INSERT INTO t_b1 VALUES ($$a;b$$);").run("upgrade", "head").exits(0, After.RECORDED);
    }

    private void placeholders() {
        String f = "placeholders";
        add(f, "no value").revision("b1", "CREATE TABLE t_b1 (v VARCHAR(20));\nINSERT INTO t_b1 VALUES ('${who}');")
                .run("upgrade", "head").mentions("b1_x.sql:7", "${who}", "no value").usage();
        add(f, "no value offline").revision("b1", "SELECT '${who}';")
                .run("upgrade", "head", "--sql", "--dialect", "h2").mentions("b1_x.sql:6", "${who}").usage();
        add(f, "second of two missing").revision("b1", "SELECT '${a}', '${b}';")
                .run("-x", "a=1", "upgrade", "head").mentions("${b}").never("${a}").usage();
        add(f, "no value in a comment").revision("b1", "-- owner: ${owner}\nSELECT 1;")
                .run("upgrade", "head").mentions("b1_x.sql:6", "${owner}").usage();
        add(f, "no value in the downgrade").file("b1_x.sql", header("b1", "a1")
                + "-- retort:upgrade\nSELECT 1;\n-- retort:downgrade\nSELECT '${gone}';\n")
                .run("upgrade", "head").exits(0, After.RECORDED);
        add(f, "value given").revision("b1", "CREATE TABLE t_b1 (v VARCHAR(20));\nINSERT INTO t_b1 VALUES ('${who}');")
                .run("-x", "who=me", "upgrade", "head").exits(0, After.RECORDED);
        add(f, "value from the environment").revision("b1", "CREATE TABLE t_b1 (v VARCHAR(20));\nINSERT INTO t_b1 VALUES ('${who}');")
                .env("RETORT_PLACEHOLDERS_WHO", "env").run("upgrade", "head").exits(0, After.RECORDED);
        add(f, "replacement off").revision("b1", "CREATE TABLE t_b1 (v VARCHAR(20));\nINSERT INTO t_b1 VALUES ('${who}');")
                .run("--no-placeholders", "upgrade", "head").exits(0, After.RECORDED);
        add(f, "replacement off by environment").revision("b1", "CREATE TABLE t_b1 (v VARCHAR(20));\n"
                + "INSERT INTO t_b1 VALUES ('${who}');").env("RETORT_PLACEHOLDER_REPLACEMENT", "false")
                .run("upgrade", "head").exits(0, After.RECORDED);
        add(f, "replacement maybe").env("RETORT_PLACEHOLDER_REPLACEMENT", "maybe").run("upgrade", "head")
                .mentions("placeholder-replacement", "maybe").usage();
        add(f, "empty placeholder name").run("-x", "=v", "upgrade", "head").mentions("placeholder name").usage();
        add(f, "brace in placeholder name").run("-x", "a}=v", "upgrade", "head").mentions("placeholder name").usage();
        add(f, "value that breaks the SQL").revision("b1", "CREATE TABLE t_b1 (v VARCHAR(40));\n"
                + "INSERT INTO t_b1 VALUES ('${v}');").run("-x", "v=it's", "upgrade", "head")
                .mentions("b1_x.sql", "statement 2").exits(3, After.RECORDED);
    }

    private void config() {
        String f = "config values";
        for (String timeout : List.of("-5s", "-1", "PT-5S", "-PT5S", "-500ms", "abc", "5x", "99999999999999999999s", " ",
                "1.5s")) {
            add(f, "lock timeout '" + timeout + "'").env("RETORT_LOCK_TIMEOUT", timeout).run("upgrade", "head")
                    .mentions("lock.timeout").usage();
        }
        add(f, "lock enabled maybe").env("RETORT_LOCK_ENABLED", "maybe").run("upgrade", "head").mentions("lock.enabled").usage();
        add(f, "validate checksums maybe").env("RETORT_VALIDATE_CHECKSUMS", "maybe").run("upgrade", "head")
                .mentions("validate-checksums").usage();
        add(f, "transaction mode sometimes").env("RETORT_TRANSACTION_MODE", "sometimes").run("upgrade", "head")
                .mentions("transaction-mode").usage();
        add(f, "transaction mode all on H2").env("RETORT_TRANSACTION_MODE", "all").revision("b1", "SELECT 1;")
                .run("upgrade", "head").mentions("all").usage();
        add(f, "unknown dialect").run("upgrade", "head", "--sql", "--dialect", "oracle").mentions("oracle").usage();
        add(f, "blank version table").run("--version-table", "  ", "upgrade", "head").mentions("version-table").usage();
        add(f, "blank history table").run("--history-table", " ", "upgrade", "head").mentions("history-table").usage();
        add(f, "dotted version table").run("--version-table", "public.retort_version", "upgrade", "head")
                .mentions("cannot contain '.'", "retort.schema").usage();
        add(f, "newline in version table").run("--version-table", "a\nb", "upgrade", "head").mentions("control character")
                .usage();
        add(f, "NUL in schema").run("--schema", "a\u0000b", "upgrade", "head").mentions("control character").usage();
        add(f, "unknown location prefix").run("--locations", "s3:bucket/revs", "upgrade", "head").mentions("s3:").usage();
        add(f, "unknown autogenerate source").env("RETORT_AUTOGENERATE_SOURCE", "entities").run("check")
                .mentions("autogenerate.source").usage();
        add(f, "unknown option").run("upgrade", "head", "--frobnicate").mentions("--frobnicate").usage();
        add(f, "unknown command").run("sideways").mentions("sideways").usage();
        add(f, "missing target").run("upgrade").mentions("target").usage();
    }

    private void names() {
        String f = "hostile names (H2)";
        for (String name : List.of("x (id INT); DROP TABLE victim; CREATE TABLE y", "Retort-Meta", "we\"ird", "it's",
                "x--y", "sp ace", "user", "select", "a;b", "x/*y")) {
            add(f, "version table " + name).revision("b1", "SELECT 1;").run("--version-table", name, "upgrade", "head")
                    .exits(0, After.RECORDED);
        }
        add(f, "history table injection").revision("b1", "SELECT 1;")
                .run("--history-table", "h (id INT); DROP TABLE victim; CREATE TABLE z", "upgrade", "head")
                .exits(0, After.RECORDED);
    }

    private void secrets() {
        String f = "secrets";
        add(f, "user-info password, bad URL").run("--url", "jdbc:mariadb://root:wrongPW123@127.0.0.1:3306/db", "current")
                .never("wrongPW123").exits(3, After.UNCHANGED);
        add(f, "password parameter").run("--url", "jdbc:postgresql://127.0.0.1:1/x?user=u&password=wrongPW123", "current")
                .never("wrongPW123").exits(3, After.UNCHANGED);
        add(f, "password flag").run("--url", "jdbc:postgresql://127.0.0.1:1/x", "--user", "u", "--password",
                "wrongPW123", "current").never("wrongPW123").exits(3, After.UNCHANGED);
        add(f, "password from environment").env("RETORT_PASSWORD", "wrongPW123")
                .run("--url", "jdbc:mariadb://127.0.0.1:1/db", "--user", "root", "current").never("wrongPW123")
                .exits(3, After.UNCHANGED);
        add(f, "verbose echo masks").run("--verbose", "--url", "jdbc:mariadb://root:wrongPW123@127.0.0.1:3306/db", "current")
                .never("wrongPW123").exits(3, After.UNCHANGED);
        add(f, "no driver").run("--url", "jdbc:nosuchdb://u:wrongPW123@host/db", "current").never("wrongPW123")
                .mentions("driver").exits(3, After.UNCHANGED);
    }

    private void revIds() {
        String f = "revision --rev-id";
        for (String id : List.of("../../../evil", "a/b", "a\\b", "a'b", "a\"b", "a\nb", "", " ", "a-b", "a b",
                "123456789012345678901234567890123", "head", "caf\u00e9")) {
            add(f, "'" + id.replace("\n", "\\n") + "'").run("revision", "-m", "x", "--rev-id", id)
                    .mentions("--rev-id").usage();
        }
    }

    private void state() {
        String f = "state";
        add(f, "unknown version row").run("upgrade", "head").env("CORPUS_VERSION_ROW", "zzzz9999")
                .mentions("zzzz9999", "stamp --purge").exits(3, After.UNCHANGED);
        add(f, "edited applied revision").file("a1_base.sql", GOOD.replace("id INT", "id BIGINT"))
                .revision("b1", "SELECT 1;").run("upgrade", "head").mentions("a1_base.sql", "checksum")
                .exits(3, After.UNCHANGED);
        add(f, "deleted applied revision").env("CORPUS_DELETE_A1", "true").run("upgrade", "head").mentions("a1")
                .exits(3, After.UNCHANGED);
    }
}
