package dev.retort.cli.commands;

import dev.retort.RetortException;
import dev.retort.cli.CliUsageException;
import dev.retort.cli.ExitCodes;
import dev.retort.command.EditCommand;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code edit <rev>}: opens the revision file(s) in the user's editor, as Alembic's {@code edit} does. */
@Command(name = "edit", description = "Open the revision file(s) an identifier names in $VISUAL or $EDITOR "
        + "(else sensible-editor, editor, nano, vim or vi from the PATH); 'current' reads the database.")
public final class EditCli extends CliCommand {

    private static final List<String> FALLBACKS = List.of("sensible-editor", "editor", "nano", "vim", "vi");

    @Parameters(index = "0", paramLabel = "<rev>", description = "Any identifier: a revision, a prefix, head, "
            + "<label>@head, current.")
    String revision;

    @Override
    public Integer call() {
        List<Path> files = new EditCommand(retort().context()).files(revision);
        Map<String, String> env = root().environment().env();
        String editor = editor(env);
        List<String> command = new ArrayList<>();
        if (File.separatorChar == '/') {
            // through the shell, as git runs $EDITOR, so 'code --wait' and quoted paths work
            command.addAll(List.of("sh", "-c", editor + " \"$@\"", editor));
        } else {
            command.addAll(List.of(editor.strip().split("\\s+")));
        }
        files.forEach(f -> command.add(f.toString()));
        try {
            Process process = new ProcessBuilder(command).directory(root().environment().workingDir().toFile())
                    .inheritIO().start();
            int code = process.waitFor();
            if (code != 0) {
                throw new CliUsageException("The editor '" + editor + "' exited with code " + code + " on "
                        + files.get(0) + "; set VISUAL or EDITOR to an editor that works here");
            }
        } catch (IOException e) {
            throw new CliUsageException("Cannot start the editor '" + editor + "': " + e.getMessage()
                    + "; set VISUAL or EDITOR");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetortException("Interrupted while the editor was open", e);
        }
        if (json()) {
            printJson(Map.of("files", files.stream().map(Path::toString).toList()));
        }
        return ExitCodes.OK;
    }

    private static String editor(Map<String, String> env) {
        for (String variable : List.of("VISUAL", "EDITOR")) {
            String value = env.get(variable);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        String path = env.getOrDefault("PATH", "");
        for (String candidate : FALLBACKS) {
            for (String dir : path.split(File.pathSeparator)) {
                Path exe = Path.of(dir.isEmpty() ? "." : dir, candidate
                        + (File.separatorChar == '\\' && !candidate.toLowerCase(Locale.ROOT).endsWith(".exe") ? ".exe" : ""));
                if (Files.isExecutable(exe)) {
                    return exe.toString();
                }
            }
        }
        throw new CliUsageException("No editor found: set the VISUAL or EDITOR environment variable (e.g. "
                + "EDITOR=nano)");
    }
}
