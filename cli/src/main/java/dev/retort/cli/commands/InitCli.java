package dev.retort.cli.commands;

import dev.retort.RetortException;
import dev.retort.cli.CliUsageException;
import dev.retort.cli.ExitCodes;
import dev.retort.config.ConfigResolver;
import dev.retort.config.Locations;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code init [directory]}: scaffolds retort.properties and db/revisions/. */
@Command(name = "init", description = "Create retort.properties and the db/revisions/ directory in the working "
        + "directory (or the given one). A --url given here is written to the file; --password never is.")
public final class InitCli extends CliCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "<directory>",
            description = "Directory to initialize (default: the working directory).")
    String directory;

    @Override
    public Integer call() {
        Path base = directory == null ? root().environment().workingDir()
                : root().environment().workingDir().resolve(directory).normalize();
        Path properties = base.resolve(ConfigResolver.RETORT_PROPERTIES);
        if (Files.exists(properties)) {
            throw new CliUsageException(properties + " already exists; this directory is initialized. Edit the file, "
                    + "or run init in another directory");
        }
        Path revisions = base.resolve(Locations.DEFAULT_DIRECTORY);
        String url = root().config().get("url");
        PrintStream text = json() ? err() : out();
        try {
            text.print("Creating directory " + revisions + " ...  ");
            Files.createDirectories(revisions);
            text.println("done");
            text.print("Generating " + properties + " ...  ");
            Files.writeString(properties, template(url), StandardCharsets.UTF_8);
            text.println("done");
        } catch (IOException e) {
            throw new RetortException("Cannot initialize " + base + ": " + e.getMessage(), e);
        }
        text.println("Please edit " + properties + " to point at your database, then run 'retort revision -m \"...\"'.");
        if (json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("directory", revisions.toString());
            json.put("properties", properties.toString());
            printJson(json);
        }
        return ExitCodes.OK;
    }

    private static String template(String url) {
        return """
                # Retort CLI configuration. Command-line flags and RETORT_* environment variables override it;
                # application.properties / application.yml (retort.*, spring.datasource.*) are read after it.
                # Keys may also be written with the retort. prefix. See docs/cli.md.

                %s
                # user=
                # Prefer the RETORT_PASSWORD environment variable to writing a password here.
                # password=

                # Revision files, relative to the directory retort runs in.
                locations=filesystem:%s

                # dialect=postgresql
                # schema=
                # version-table=retort_version
                # history-table=retort_history
                # transaction-mode=per-revision
                # lock.timeout=60s
                # validate-checksums=true
                # placeholders.owner=app
                """.formatted(url == null ? "# url=jdbc:postgresql://localhost:5432/app" : "url=" + url,
                Locations.DEFAULT_DIRECTORY);
    }
}
