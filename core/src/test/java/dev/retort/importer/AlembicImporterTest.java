package dev.retort.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.script.RevisionFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated Alembic project: revision headers written the ways Alembic's templates and users write them, and
 * offline SQL laid out as Alembic writes it (per-migration transactions, a version table in a schema).
 */
class AlembicImporterTest {

    @TempDir
    Path versions;

    private static final String UPGRADE = """
            BEGIN;

            CREATE TABLE app.alembic_version (
                version_num VARCHAR(32) NOT NULL,\s
                CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
            );

            -- Running upgrade  -> 1a

            CREATE TABLE users (id INT);

            INSERT INTO app.alembic_version (version_num) VALUES ('1a') RETURNING app.alembic_version.version_num;

            COMMIT;

            BEGIN;

            -- Running upgrade 1a -> 2b

            CREATE FUNCTION touch() RETURNS trigger AS $$
            BEGIN

              RETURN NEW;
            END;
            $$ LANGUAGE plpgsql;

            UPDATE app.alembic_version SET version_num='2b' WHERE app.alembic_version.version_num = '1a';

            COMMIT;

            BEGIN;

            -- Running upgrade  -> 3c

            INSERT INTO app.alembic_version (version_num) VALUES ('3c') RETURNING app.alembic_version.version_num;

            COMMIT;

            BEGIN;

            -- Running upgrade 2b, 3c -> 4d

            DELETE FROM app.alembic_version WHERE app.alembic_version.version_num = '2b';

            UPDATE app.alembic_version SET version_num='4d' WHERE app.alembic_version.version_num = '3c';

            COMMIT;

            """;

    private static final String DOWNGRADE = """
            -- Running downgrade 4d -> 2b, 3c\r
            \r
            INSERT INTO alembic_version (version_num) VALUES ('2b');\r
            \r
            UPDATE alembic_version SET version_num='3c' WHERE alembic_version.version_num = '4d';\r
            \r
            -- Running downgrade 2b -> 1a\r
            \r
            DROP FUNCTION touch();\r
            \r
            UPDATE alembic_version SET version_num='1a' WHERE alembic_version.version_num = '2b';\r
            \r
            -- Running downgrade 1a -> \r
            \r
            DROP TABLE users;\r
            \r
            DELETE FROM alembic_version WHERE alembic_version.version_num = '1a';\r
            \r
            DROP TABLE alembic_version;\r
            """;

    @BeforeEach
    void project() throws Exception {
        Files.writeString(versions.resolve("1a_users.py"), """
                \"\"\"create users

                Revision ID: 1a
                Revises:
                Create Date: 2024-01-02 03:04:05.678901

                \"\"\"
                from alembic import op

                # revision identifiers, used by Alembic.
                revision = '1a'
                down_revision = None
                branch_labels = ('core',)
                depends_on = None


                def upgrade():
                    op.execute("CREATE TABLE users (id INT)")
                """);
        Files.writeString(versions.resolve("2b_touch.py"), """
                # -*- coding: utf-8 -*-
                r'''add the touch
                trigger function

                Revision ID: 2b
                '''
                from typing import Sequence, Union

                revision: str = "2b"
                down_revision: Union[str, None] = "1a"
                branch_labels: Union[str, Sequence[str], None] = None
                depends_on: Union[str, Sequence[str], None] = None
                """);
        Files.writeString(versions.resolve("3c_other_root.py"), """
                \"\"\"other root\"\"\"
                revision = "3c"
                down_revision = None
                branch_labels = "side"
                depends_on = ["1a"]  # needs the users table
                """);
        Files.writeString(versions.resolve("4d_merge.py"), """
                \"\"\"merge\"\"\"
                revision = '4d'
                down_revision = (
                    '2b',  # the trigger
                    '3c',
                )
                branch_labels = None
                depends_on = None
                """);
        Files.writeString(versions.resolve("__init__.py"), "");
        Files.createDirectories(versions.resolve("__pycache__"));
        Files.writeString(versions.resolve("__pycache__/stale.py"), "revision = 'zz'\n");
    }

    @Test
    void headersAndSqlSectionsBecomeRevisionsWithTheSameIds() {
        Conversion c = AlembicImporter.read(versions, UPGRADE, "upgrade.sql", DOWNGRADE, "downgrade.sql");

        assertThat(c.revisions()).extracting(RevisionFile::id).containsExactly("1a", "2b", "3c", "4d");
        RevisionFile users = c.revisions().get(0);
        assertThat(users.message()).isEqualTo("create users");
        assertThat(users.createDate()).isEqualTo("2024-01-02 03:04:05.678901");
        assertThat(users.branchLabels()).containsExactly("core");
        assertThat(users.downRevisions()).isEmpty();
        assertThat(users.upgradeSql()).isEqualTo("CREATE TABLE users (id INT);");
        assertThat(users.downgradeSql()).isEqualTo("DROP TABLE users;");

        RevisionFile touch = c.revisions().get(1);
        assertThat(touch.message()).isEqualTo("add the touch trigger function");
        assertThat(touch.downRevisions()).containsExactly("1a");
        assertThat(touch.upgradeSql()).isEqualTo("""
                CREATE FUNCTION touch() RETURNS trigger AS $$
                BEGIN

                  RETURN NEW;
                END;
                $$ LANGUAGE plpgsql;""");

        RevisionFile side = c.revisions().get(2);
        assertThat(side.branchLabels()).containsExactly("side");
        assertThat(side.dependsOn()).containsExactly("1a");
        assertThat(side.upgradeSql()).isEmpty();
        assertThat(side.irreversible()).as("3c has no downgrade section").isTrue();
        assertThat(c.notes()).singleElement().asString().contains("downgrade.sql", "3c (3c_other_root.py)", "irreversible");

        RevisionFile merge = c.revisions().get(3);
        assertThat(merge.downRevisions()).containsExactly("2b", "3c");
        assertThat(merge.upgradeSql()).isEmpty();
        assertThat(merge.downgradeSql()).isEmpty();
        assertThat(merge.irreversible()).isFalse();
    }

    @Test
    void withoutDowngradeSqlEveryRevisionIsIrreversible() {
        Conversion c = AlembicImporter.read(versions, UPGRADE, "upgrade.sql", null, null);
        assertThat(c.revisions()).allMatch(RevisionFile::irreversible);
        assertThat(c.notes()).singleElement().asString().contains("--downgrade-sql", "alembic downgrade heads:base --sql");
    }

    @Test
    void sqlThatDoesNotMatchTheRevisionsIsAnError() throws Exception {
        assertThatThrownBy(() -> AlembicImporter.read(versions, UPGRADE.replace("-- Running upgrade  -> 3c", "-- x"),
                "upgrade.sql", null, null)).isInstanceOf(ImportException.class)
                .hasMessageContaining("upgrade.sql has no '-- Running upgrade ... -> <revision>' section for 3c "
                        + "(3c_other_root.py)")
                .hasMessageContaining("alembic upgrade heads --sql");
        assertThatThrownBy(() -> AlembicImporter.read(versions, UPGRADE + "-- Running upgrade 4d -> 9z\n",
                "upgrade.sql", null, null)).isInstanceOf(ImportException.class)
                .hasMessageContaining("revision '9z' (line 49)").hasMessageContaining("no file in the versions directory");
        assertThatThrownBy(() -> AlembicImporter.read(versions, DOWNGRADE, "up.sql", null, null))
                .isInstanceOf(ImportException.class).hasMessageContaining("up.sql holds '-- Running downgrade' steps");
        assertThatThrownBy(() -> AlembicImporter.read(versions, "CREATE TABLE x (id INT);", "up.sql", null, null))
                .isInstanceOf(ImportException.class).hasMessageContaining("no '-- Running upgrade ...' markers");
        Files.writeString(versions.resolve("5e_bad.py"), "revision = '5e'\ndown_revision = PREVIOUS\n");
        assertThatThrownBy(() -> AlembicImporter.read(versions, UPGRADE, "upgrade.sql", null, null))
                .isInstanceOf(ImportException.class).hasMessageContaining("5e_bad.py:2: cannot read 'down_revision'");
        Files.writeString(versions.resolve("5e_bad.py"), "revision = '2b'\n");
        assertThatThrownBy(() -> AlembicImporter.read(versions, UPGRADE, "upgrade.sql", null, null))
                .isInstanceOf(ImportException.class).hasMessageContaining("Revision 2b is declared twice");
    }

    @Test
    void textBeforeTheFirstMarkerIsReported() {
        Conversion c = AlembicImporter.read(versions, "SET lock_timeout = 1000;\n\n" + UPGRADE, "upgrade.sql", null, null);
        assertThat(c.notes()).anySatisfy(n -> assertThat(n).contains("before the first '-- Running' marker",
                "SET lock_timeout = 1000;"));
        assertThat(List.of(c.revisions().get(0).upgradeSql())).containsExactly("CREATE TABLE users (id INT);");
    }
}
