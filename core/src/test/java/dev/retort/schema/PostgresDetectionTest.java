package dev.retort.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.command.AutogenerateCommand;
import dev.retort.command.CheckCommand;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Alembic's detect / not-detect list on PostgreSQL, plus what only PostgreSQL has. */
class PostgresDetectionTest extends DetectionContract {

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @Override
    TestDatabase db() {
        return db;
    }

    @Override
    String textDefault(String value) {
        return "'" + value + "'::character varying";
    }

    @Override
    String pagesPositive() {
        return "(pages > 0)";
    }

    @Override
    String bornAfter1000() {
        return "(born > 1000)";
    }

    @Test
    void detectsExpressionIndexes() throws Exception {
        String target = BASE + "CREATE UNIQUE INDEX ix_authors_name ON authors (lower(name));";
        assertThat(checkAgainst(target)).containsExactly("add index ix_authors_name authors[(lower(name::text))]");
        assertRoundTrip(target);
    }

    @Test
    void detectsPartialAndNonBtreeIndexes() throws Exception {
        String partial = BASE.replace("ON books (pages);", "ON books (pages) WHERE pages > 500;");
        assertThat(checkAgainst(partial)).containsExactly("remove index ix_books_pages books[pages]",
                "add index ix_books_pages books[pages]");
        String hash = BASE.replace("ON books (pages);", "ON books USING hash (pages);");
        assertThat(checkAgainst(hash)).containsExactly("remove index ix_books_pages books[pages]",
                "add index ix_books_pages books[pages]");
        assertRoundTrip(partial);
        assertThat(assertRoundTrip(hash)).contains("USING hash");
    }

    @Test
    void partialAndExpressionIndexesRoundTrip() throws Exception {
        String target = BASE + "CREATE UNIQUE INDEX ix_authors_name ON authors (lower(name));\n"
                + "CREATE INDEX ix_books_long ON books (pages DESC) WHERE pages > 500;";
        bench.migrateTo(target, "indexes");
        assertThat(bench.retort().check().differences()).isEmpty();
        bench.retort().downgrade("-1");
        assertThat(Canonical.of(bench.live())).isEqualTo(Canonical.of(bench.target(BASE)));
    }

    @Test
    void serialColumnsAreWrittenAsSerialAndRoundTrip() throws Exception {
        String target = BASE + "CREATE TABLE events (id SERIAL PRIMARY KEY, kind TEXT);";
        AutogenerateCommand.Result result = bench.migrateTo(target, "events");
        assertThat(Files.readString(result.revision().file())).contains("id serial NOT NULL");
        assertThat(bench.retort().check().differences()).isEmpty();
    }

    @Test
    void identityGeneratedAlwaysIsDetected() throws Exception {
        String target = BASE.replace("id INTEGER PRIMARY KEY,\n    author_id",
                "id INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n    author_id");
        assertThat(checkAgainst(target)).containsExactly("modify column books.id: identity NONE -> ALWAYS");
        assertRoundTrip(target);
    }

    /**
     * PostgreSQL prints {@code kind IN ('CAT', 'DOG')} on a varchar in a form that it prints differently once read back
     * (Hibernate writes such a check for every {@code @Enumerated(STRING)}): check must still be clean after the
     * revision ran.
     */
    @Test
    void inListChecksOnVarcharRoundTripWithoutAPhantomDifference() throws Exception {
        String target = BASE + "CREATE TABLE pets (id INTEGER PRIMARY KEY, kind VARCHAR(10) NOT NULL "
                + "CHECK (kind IN ('CAT', 'DOG')));";
        assertRoundTrip(target);
    }

    @Override
    String nextValue(String sequence) {
        return "nextval('" + sequence + "')";
    }

    @Override
    String uncompared() {
        return """
                CREATE FUNCTION twice(x INTEGER) RETURNS INTEGER AS $$ SELECT x * 2 $$ LANGUAGE sql;
                CREATE FUNCTION touch() RETURNS trigger AS $$ BEGIN RETURN NEW; END $$ LANGUAGE plpgsql;
                CREATE TRIGGER books_touch BEFORE UPDATE ON books FOR EACH ROW EXECUTE FUNCTION touch();
                CREATE MATERIALIZED VIEW thick_books AS SELECT id FROM books WHERE pages > 900;
                """;
    }

    @Override
    List<String> uncomparedNames() {
        return List.of("function twice", "function touch", "trigger books_touch on books",
                "materialized view thick_books");
    }

    /** An enum type and two domains, {@code amount} over {@code positive} (its name sorts first), used by a table. */
    static final String ORDERS = BASE + """
            CREATE TYPE order_status AS ENUM ('new', 'paid');
            CREATE DOMAIN positive AS INTEGER CHECK (VALUE > 0);
            CREATE DOMAIN amount AS positive DEFAULT 1 NOT NULL;
            CREATE TABLE orders (
                id INTEGER PRIMARY KEY,
                status order_status DEFAULT 'new' NOT NULL,
                history order_status[],
                qty amount
            );
            """;

    @Test
    void enumTypesAndDomainsAreCreatedBeforeTheTablesThatUseThemAndDroppedAfter() throws Exception {
        assertThat(checkAgainst(ORDERS)).containsExactly("add enum type order_status", "add domain positive",
                "add domain amount", "add table orders");
        String revision = assertRoundTrip(ORDERS);
        String upgrade = revision.substring(0, revision.indexOf("-- retort:downgrade"));
        String downgrade = revision.substring(upgrade.length());
        assertThat(upgrade).contains("CREATE TYPE order_status AS ENUM ('new', 'paid')");
        assertThat(upgrade.indexOf("CREATE DOMAIN positive")).isNotNegative()
                .isLessThan(upgrade.indexOf("CREATE DOMAIN amount"));
        assertThat(upgrade.indexOf("CREATE DOMAIN amount")).isLessThan(upgrade.indexOf("CREATE TABLE orders"));
        assertThat(downgrade.indexOf("DROP TABLE orders")).isNotNegative()
                .isLessThan(downgrade.indexOf("DROP DOMAIN amount"));
        assertThat(downgrade.indexOf("DROP DOMAIN amount")).isLessThan(downgrade.indexOf("DROP DOMAIN positive"));
        assertThat(downgrade.indexOf("DROP DOMAIN positive")).isLessThan(downgrade.indexOf("DROP TYPE order_status"));
    }

    @Test
    void addedEnumValuesAreAddedOutsideATransactionAndTheDowngradeRemovesThem() throws Exception {
        bench.migrateTo(ORDERS, "orders");
        String added = ORDERS.replace("('new', 'paid')", "('draft', 'new', 'packed', 'paid', 'shipped')")
                .replace("DEFAULT 'new'", "DEFAULT 'draft'");
        assertThat(checkAgainst(added)).containsExactly(
                "modify enum type order_status: values (new, paid) -> (draft, new, packed, paid, shipped)",
                "modify column orders.status: default 'new'::order_status -> 'draft'::order_status");
        String revision = assertRoundTrip(added);
        assertThat(revision).contains("-- transactional: false",
                "ALTER TYPE order_status ADD VALUE 'draft' BEFORE 'new'",
                "ALTER TYPE order_status ADD VALUE 'packed' AFTER 'new'",
                "ALTER TYPE order_status ADD VALUE 'shipped' AFTER 'paid'");
        bench.migrateTo(added, "more states");
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO orders (id, history) VALUES (1, ARRAY['shipped']::order_status[])");
            try (ResultSet rs = s.executeQuery("SELECT status FROM orders")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("draft");
            }
        }
    }

    @Test
    void removedOrReorderedEnumValuesAreWrittenAsANewTypeWithAReviewNote() throws Exception {
        bench.migrateTo(ORDERS, "orders");
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO orders (id, status, history) VALUES (1, 'paid', ARRAY['new', 'paid']::order_status[])");
        }
        String reordered = ORDERS.replace("('new', 'paid')", "('paid', 'new', 'void')");
        CheckCommand.Result check = checkResult(reordered);
        assertThat(check.differences())
                .containsExactly("modify enum type order_status: values (new, paid) -> (paid, new, void)");
        assertThat(check.notes()).singleElement().asString().startsWith("enum type order_status changes the order of "
                + "its values: written as a new type");
        assertThat(assertRoundTrip(reordered)).contains("ALTER TYPE order_status RENAME TO order_status_retort_old",
                "USING status::text::order_status", "USING history::text[]::order_status[]");
        String removed = ORDERS.replace("('new', 'paid')", "('new', 'paid', 'void')");
        bench.migrateTo(removed, "void");
        check = checkResult(ORDERS);
        assertThat(check.differences())
                .containsExactly("modify enum type order_status: values (new, paid, void) -> (new, paid)");
        assertThat(check.notes()).singleElement().asString().startsWith("enum type order_status loses the value "
                + "'void': written as a new type");
        assertRoundTrip(ORDERS);
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT status, history FROM orders")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("paid");
            assertThat(rs.getString(2)).isEqualTo("{new,paid}");
        }
    }

    @Test
    void viewsReadingAColumnOfAnEnumTypeMakeWayWhenTheTypeIsWrittenAgain() throws Exception {
        String viewed = ORDERS + "CREATE VIEW new_orders AS SELECT id FROM orders WHERE status = 'new';";
        bench.migrateTo(viewed, "orders");
        String added = viewed.replace("('new', 'paid')", "('new', 'paid', 'shipped')");
        assertRoundTrip(added);
        String removed = viewed.replace("('new', 'paid')", "('new')");
        assertRoundTrip(removed);
    }

    @Test
    void detectsDomainChanges() throws Exception {
        bench.migrateTo(ORDERS, "orders");
        String changed = ORDERS.replace("CHECK (VALUE > 0)", "CHECK (VALUE > 0) CHECK (VALUE < 1000)")
                .replace("DEFAULT 1 NOT NULL", "DEFAULT 2");
        assertThat(checkAgainst(changed)).containsExactly("modify domain positive: add check (VALUE < 1000)",
                "modify domain amount: default 1 -> 2; nullable");
        assertRoundTrip(changed);
        String retyped = ORDERS.replace("amount AS positive", "amount AS INTEGER");
        assertThat(checkAgainst(retyped)).containsExactly("modify domain amount: type positive -> integer");
        assertRoundTrip(retyped);
    }
}
