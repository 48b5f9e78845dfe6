package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.CliRunner.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Alembic tutorial's command sequence, in order, through the CLI's main entry: init, revision,
 * upgrade, current, history, downgrade, relative and partial identifiers, branches, merge.
 */
abstract class TutorialWalkthrough {

    private static final Pattern GENERATED = Pattern.compile("Generating (\\S+) \\.\\.\\.  done");

    @TempDir
    Path project;

    abstract String url();

    @Test
    void followsTheAlembicTutorial() throws Exception {
        CliRunner cli = new CliRunner(project);
        Run init = ok(cli.run("init", "--url", url()));
        assertThat(init.out()).contains("Creating directory " + project.resolve("db/revisions"));
        assertThat(project.resolve("retort.properties")).content().contains("url=" + url());

        Path account = generated(ok(cli.run("revision", "-m", "create account table")));
        String id1 = account.getFileName().toString().substring(0, 12);
        addSql(account, "CREATE TABLE account (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL, description VARCHAR(200));",
                "DROP TABLE account;");
        Run upgrade = ok(cli.run("upgrade", "head"));
        assertThat(upgrade.out()).isEmpty();
        assertThat(upgrade.err()).contains("Running upgrade  -> " + id1 + ", create account table");
        assertThat(Schemas.columns(url())).contains("account.name varchar NO".replace("varchar", typeOfVarchar()));

        Path column = generated(ok(cli.run("revision", "-m", "Add a column")));
        String id2 = column.getFileName().toString().substring(0, 12);
        addSql(column, "ALTER TABLE account ADD COLUMN last_transaction_date TIMESTAMP;",
                "ALTER TABLE account DROP COLUMN last_transaction_date;");
        assertThat(ok(cli.run("upgrade", "head")).err()).contains("Running upgrade " + id1 + " -> " + id2);
        assertThat(ok(cli.run("current")).out()).isEqualTo(id2 + " (head)\n");
        assertThat(ok(cli.run("history")).out()).isEqualTo(
                id1 + " -> " + id2 + " (head), Add a column\n"
                + "<base> -> " + id1 + ", create account table\n");
        assertThat(ok(cli.run("history", "-i")).out()).contains(id2 + " (head) (current), Add a column");

        ok(cli.run("downgrade", "-1"));
        assertThat(ok(cli.run("current")).out()).isEqualTo(id1 + "\n");
        assertThat(Schemas.columns(url())).noneMatch(c -> c.startsWith("account.last_transaction_date"));
        ok(cli.run("downgrade", "base"));
        assertThat(ok(cli.run("current")).out()).isEmpty();
        assertThat(Schemas.columns(url())).isEmpty();
        ok(cli.run("upgrade", "+2"));
        assertThat(ok(cli.run("current")).out()).isEqualTo(id2 + " (head)\n");
        assertThat(Schemas.columns(url())).anyMatch(c -> c.startsWith("account.last_transaction_date"));

        ok(cli.run("downgrade", id1.substring(0, 4)));
        assertThat(ok(cli.run("current")).out()).isEqualTo(id1 + "\n");
        ok(cli.run("upgrade", id1 + "+1"));
        assertThat(ok(cli.run("current", "--check-heads")).out()).isEqualTo(id2 + " (head)\n");

        Path cart = generated(ok(cli.run("revision", "-m", "create shopping cart table", "--head", "base",
                "--branch-label", "shoppingcart")));
        String cartId = cart.getFileName().toString().substring(0, 12);
        addSql(cart, "CREATE TABLE shopping_cart (id INT PRIMARY KEY);", "DROP TABLE shopping_cart;");
        assertThat(ok(cli.run("heads")).out()).contains(id2 + " (head)", cartId + " (shoppingcart) (head)");
        Run ambiguous = cli.run("upgrade", "head");
        assertThat(ambiguous.code()).as(ambiguous.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(ambiguous.err()).contains("ambiguous", "shoppingcart@head");
        assertThat(cli.run("current", "--check-heads").code()).isEqualTo(ExitCodes.CHECK_FAILED);
        ok(cli.run("upgrade", "shoppingcart@head"));
        assertThat(ok(cli.run("current")).out().lines()).containsExactlyInAnyOrder(id2 + " (head)", cartId + " (head)");

        Path merge = generated(ok(cli.run("merge", "-m", "merge cart and account", "heads")));
        String mergeId = merge.getFileName().toString().substring(0, 12);
        ok(cli.run("upgrade", "head"));
        assertThat(ok(cli.run("current")).out()).isEqualTo(mergeId + " (head) (mergepoint)\n");
        String history = ok(cli.run("history")).out();
        assertThat(history.lines().findFirst().orElseThrow()).endsWith(mergeId
                + " (shoppingcart) (head) (mergepoint), merge cart and account");
        assertThat(history).doesNotContain("|\\");
        assertThat(ok(cli.run("history", "--graph")).out()).startsWith("* ").contains("|\\");

        ok(cli.run("downgrade", "base"));
        assertThat(Schemas.columns(url())).isEmpty();
        assertThat(Schemas.versions(url())).isEmpty();
    }

    /** How the database's metadata names VARCHAR. */
    String typeOfVarchar() {
        return "varchar";
    }

    static Run ok(Run run) {
        assertThat(run.code()).as(run.toString()).isZero();
        return run;
    }

    static Path generated(Run run) {
        Matcher m = GENERATED.matcher(run.out());
        assertThat(m.find()).as(run.toString()).isTrue();
        return Path.of(m.group(1));
    }

    static void addSql(Path file, String upgrade, String downgrade) throws IOException {
        String text = Files.readString(file);
        text = text.replace("-- retort:upgrade\n", "-- retort:upgrade\n" + upgrade + "\n")
                .replace("-- retort:downgrade\n", "-- retort:downgrade\n" + downgrade + "\n");
        Files.writeString(file, text);
    }
}
