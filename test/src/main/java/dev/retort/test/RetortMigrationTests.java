package dev.retort.test;

import dev.retort.Retort;
import dev.retort.command.AutogenerateCommand;
import dev.retort.schema.DdlTargetSchemaSource;
import dev.retort.schema.TargetSchemaSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Retort's built-in migration tests, as default JUnit 5 test methods: implement this interface in one test
 * class and its revisions are checked against the test's own database.
 *
 * <pre>{@code
 * @SpringBootTest            // or @JdbcTest, @DataJpaTest
 * class MigrationsTests implements RetortMigrationTests { }
 * }</pre>
 *
 * In a Spring test the engine is the context's {@link Retort} bean (the one the starter creates); elsewhere
 * override {@link #retort()}. Every test establishes its own starting point and leaves the database at its
 * heads, so the tests run in any order and other tests of the same context still see a migrated schema.
 */
@ExtendWith(KitExtension.class)
public interface RetortMigrationTests {

    /**
     * The engine under test. By default the {@link Retort} bean of the Spring test context; override it
     * outside Spring (or to choose one of several engines).
     *
     * @return the engine whose revisions and database are checked
     */
    default Retort retort() {
        return KitExtension.engineOf(this);
    }

    /**
     * The schema the database should have at head, or {@code null} when the application has none (then
     * {@link #modelMatchesDatabase()} is skipped). By default the autogenerate target Retort is configured
     * with: the application's JPA entities with {@code retort.autogenerate.source=jpa} (and {@code retort-jpa}
     * on the test class path), else the schema files ({@code retort.autogenerate.schema}, default
     * {@code classpath:db/schema.sql}) when they exist.
     *
     * @return the target, or {@code null} for none
     */
    default TargetSchemaSource retortTargetSchema() {
        TargetSchemaSource target = new AutogenerateCommand(retort().context()).configuredTarget();
        return target instanceof DdlTargetSchemaSource ddl && !ddl.exists() ? null : target;
    }

    /**
     * Helpers for testing a data migration: walk to a revision, seed rows, step on, assert.
     *
     * @param retort the engine to move the database with, e.g. the {@code @Autowired} one
     * @return the steps; close them to upgrade to the heads again
     */
    static MigrationSteps steps(Retort retort) {
        return new MigrationSteps(retort);
    }

    /**
     * Exactly one head revision; fails naming the heads and the {@code retort merge} command that joins them
     * (two branches merged in version control without a merge revision).
     */
    @Test
    default void singleHeadRevision() {
        BuiltInTests.singleHeadRevision(retort());
    }

    /** Every revision upgrades, in order, from an empty database (base) to the heads. */
    @Test
    default void upgradeFromBaseToHeads() {
        BuiltInTests.upgradeFromBaseToHeads(retort());
    }

    /**
     * The stairway: for each revision in order, upgrade to it, downgrade it, upgrade it again. Catches a
     * downgrade that fails, and a revision that cannot run again after its downgrade. Irreversible revisions
     * are upgraded only, with a note.
     */
    @Test
    default void stairway() {
        BuiltInTests.stairway(retort(), false, KitExtension.notes(this));
    }

    /**
     * For each revision, the schema after its upgrade and downgrade equals the schema before it (reflected and
     * compared like autogenerate does); fails with the difference, e.g. a table the downgrade forgot.
     */
    @Test
    default void downgradeLeavesNoTrace() {
        BuiltInTests.stairway(retort(), true, KitExtension.notes(this));
    }

    /**
     * The schema at head matches the autogenerate target ({@link #retortTargetSchema()}): autogenerate would
     * write nothing. Skipped, with the reason, when there is no target.
     */
    @Test
    default void modelMatchesDatabase() {
        BuiltInTests.modelMatchesDatabase(retort(), this::retortTargetSchema);
    }
}
