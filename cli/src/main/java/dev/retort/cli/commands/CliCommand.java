package dev.retort.cli.commands;

import dev.retort.Retort;
import dev.retort.cli.RetortCli;
import dev.retort.cli.output.JsonWriter;
import dev.retort.cli.output.StepReporter;
import dev.retort.cli.CliUsageException;
import dev.retort.cli.ExitCodes;
import dev.retort.tenant.SchemaFanOut;
import dev.retort.tenant.TenantResult;
import dev.retort.tenant.TenantResults;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.ParentCommand;

/**
 * What every subcommand shares: the global options and the streams. Results go to stdout (text, or JSON with
 * {@code --json}); progress and log lines go to stderr, as Alembic does. Subclasses only adapt a core command.
 */
abstract class CliCommand implements Callable<Integer> {

    /** {@code retort}, or the command this one is nested in ({@code import}). */
    @ParentCommand
    Object parent;

    RetortCli root() {
        return parent instanceof RetortCli r ? r : ((CliCommand) parent).root();
    }

    PrintStream out() {
        return root().environment().out();
    }

    PrintStream err() {
        return root().environment().err();
    }

    boolean json() {
        return root().json();
    }

    /** The engine, for commands that only read. */
    Retort retort() {
        return root().load();
    }

    /** The engine, logging each migration step to stderr (with progress on a terminal). */
    Retort migratingRetort() {
        return root().load(new StepReporter(err(), root().environment().interactive()));
    }

    void printJson(Object value) {
        out().println(JsonWriter.write(value));
    }

    /** A result written as text lines on stdout, or with {@code --json} as JSON there and the lines on stderr. */
    void result(List<String> lines, Object json) {
        if (json()) {
            lines.forEach(err()::println);
            printJson(json);
        } else {
            lines.forEach(out()::println);
        }
    }

    /**
     * One schema's share of a command run with {@code --schemas}.
     *
     * @param out lines for stdout
     * @param err lines for stderr
     * @param json the schema's JSON
     * @param exitCode the schema's exit code
     */
    record SchemaOutput(List<String> out, List<String> err, Object json, int exitCode) {
    }

    /**
     * Runs {@code command} in every schema of {@code --schemas}, then prints each schema's lines prefixed with its
     * name, in schema order; one failing schema stops no other. With {@code --json}: {@code {"schemas": {name:
     * json or {"error": message}}, "failed": [names]}}.
     *
     * @return the highest exit code of any schema; a failed schema's is that of its error
     */
    Integer fanOut(SchemaOptions options, Retort engine, Function<Retort, SchemaOutput> command) {
        SchemaFanOut fanOut = new SchemaFanOut(engine, options.parallel);
        List<String> schemas = fanOut.resolve(SchemaFanOut.parse(options.schemas));
        if (schemas.isEmpty()) {
            throw new CliUsageException("--schemas '" + options.schemas + "' matches no schema; list the schemas, "
                    + "or check the pattern ('*' any characters, '?' one)");
        }
        TenantResults<SchemaOutput> results = fanOut.run(schemas, command);
        int exit = ExitCodes.OK;
        Map<String, Object> json = new LinkedHashMap<>();
        for (TenantResult<SchemaOutput> r : results.results()) {
            if (r.ok()) {
                r.value().out().forEach(l -> (json() ? err() : out()).println(r.schema() + ": " + l));
                r.value().err().forEach(l -> err().println(r.schema() + ": " + l));
                json.put(r.schema(), r.value().json());
                exit = Math.max(exit, r.value().exitCode());
            } else {
                json.put(r.schema(), Map.of("error", String.valueOf(r.error().getMessage())));
                exit = Math.max(exit, ExitCodes.of(r.error()));
            }
        }
        List<TenantResult<SchemaOutput>> failed = results.failed();
        failed.forEach(f -> err().println("retort: schema " + f.summary()));
        if (!failed.isEmpty()) {
            err().println("retort: " + failed.size() + " of " + schemas.size() + " schema(s) failed; the others ran");
        }
        if (json()) {
            Map<String, Object> all = new LinkedHashMap<>();
            all.put("schemas", json);
            all.put("failed", failed.stream().map(TenantResult::schema).toList());
            printJson(all);
        }
        return exit;
    }
}
