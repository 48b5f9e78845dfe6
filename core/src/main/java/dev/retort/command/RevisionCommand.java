package dev.retort.command;

import dev.retort.ConfigurationException;
import dev.retort.RetortException;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionNode;
import dev.retort.graph.RevisionResolutionException;
import dev.retort.script.LocationScanner;
import dev.retort.script.RevisionFile;
import dev.retort.script.RevisionIds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** {@code revision -m "msg"}: writes a new revision file on top of the head (or {@code --head}). */
public final class RevisionCommand {

    /**
     * @param head where the new revision goes: {@code head} (default), a revision, {@code label@head}, or {@code base}
     * @param splice allow {@code head} to name a revision that is not a head (starting a new branch)
     * @param revId a chosen id instead of a random one
     * @param upgradeSql body of the upgrade section (empty by default)
     * @param downgradeSql body of the downgrade section (empty by default)
     */
    public record Request(String message, String head, boolean splice, List<String> branchLabels,
            List<String> dependsOn, String revId, String upgradeSql, String downgradeSql) {

        /**
         * Applies the defaults.
         *
         * @param message the revision's message
         * @param head where the new revision goes: {@code head} (default), a revision, {@code label@head}, or
         *     {@code base}
         * @param splice allow {@code head} to name a revision that is not a head (starting a new branch)
         * @param branchLabels branch labels of the new revision
         * @param dependsOn revisions the new one depends on
         * @param revId a chosen id instead of a random one
         * @param upgradeSql body of the upgrade section (empty by default)
         * @param downgradeSql body of the downgrade section (empty by default)
         */
        public Request {
            head = head == null ? "head" : head;
            branchLabels = branchLabels == null ? List.of() : List.copyOf(branchLabels);
            dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
            message = message == null ? "" : message;
        }

        /**
         * {@return a request for an empty revision on top of the head}
         *
         * @param message the revision's message
         */
        public static Request of(String message) {
            return new Request(message, "head", false, List.of(), List.of(), null, null, null);
        }
    }

    /** The revision written: its id and file. */
    public record Result(String revision, Path file) {
    }

    private final CommandContext ctx;

    /** @param ctx the engine's shared context */
    public RevisionCommand(CommandContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Writes the revision file.
     *
     * @param request what to write
     * @return the written revision and its file
     */
    public Result run(Request request) {
        return run(request, true);
    }

    /** Writes the revision; with {@code transactional} false its header says {@code transactional: false}. */
    Result run(Request request, boolean transactional) {
        RevisionGraph graph = ctx.graph();
        List<String> down = new ArrayList<>();
        if (!"base".equals(request.head()) && !graph.isEmpty()) {
            List<RevisionNode> parents = graph.resolve(request.head());
            for (RevisionNode p : parents) {
                if (!p.isHead() && !request.splice()) {
                    throw new RevisionResolutionException("Revision " + p.id() + " is not a head revision; pass "
                            + "--splice to create a new branch from it");
                }
                down.add(p.id());
            }
        }
        return write(request.revId(), down, request.branchLabels(), request.dependsOn(), request.message(),
                request.upgradeSql(), request.downgradeSql(), transactional);
    }

    Result write(String revId, List<String> down, List<String> labels, List<String> dependsOn, String message,
            String upgradeSql, String downgradeSql) {
        return write(revId, down, labels, dependsOn, message, upgradeSql, downgradeSql, true);
    }

    private Result write(String revId, List<String> down, List<String> labels, List<String> dependsOn, String message,
            String upgradeSql, String downgradeSql, boolean transactional) {
        if (revId != null) {
            RevisionIds.checkNew(revId); // an empty --rev-id is a mistake, not a request for a random id
        }
        String id = revId == null ? RevisionIds.generate() : revId;
        if (ctx.graph().contains(id)) {
            throw new RevisionResolutionException("Revision id '" + id + "' already exists ("
                    + ctx.graph().node(id).script().source() + "); choose another --rev-id");
        }
        for (String dep : dependsOn) {
            if (!ctx.graph().contains(dep) && ctx.graph().labelOwner(dep) == null) {
                ctx.graph().resolveOne(dep); // throws a resolution error naming the identifier
            }
        }
        for (String label : labels) {
            RevisionNode owner = ctx.graph().labelOwner(label);
            if (owner != null) {
                throw new RevisionResolutionException("Branch label '" + label + "' is already used by revision "
                        + owner.id() + "; choose another label");
            }
        }
        List<String> deps = new ArrayList<>();
        for (String dep : dependsOn) {
            deps.add(ctx.graph().contains(dep) || ctx.graph().labelOwner(dep) != null ? dep : ctx.graph().resolveOne(dep).id());
        }
        String created = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        RevisionFile revision = new RevisionFile(id, down, labels, deps, message, created, transactional,
                upgradeSql == null ? "" : upgradeSql, downgradeSql == null ? "" : downgradeSql);
        Path dir = directory();
        Path file = dir.resolve(revision.fileName());
        if (!dir.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize().getParent())) {
            throw new ConfigurationException("Refusing to write " + file + ": it is not inside the revisions directory "
                    + dir); // the id and slug alphabets make this unreachable; the guard keeps it so
        }
        try {
            Files.createDirectories(dir);
            Files.writeString(file, revision.text(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RetortException("Cannot write " + file + ": " + e.getMessage(), e);
        }
        return new Result(id, file);
    }

    /** The configured revision directory, else the first filesystem location, else src/main/resources/&lt;classpath path&gt;. */
    Path directory() {
        if (ctx.config().revisionDirectory() != null) {
            return ctx.config().revisionDirectory();
        }
        for (String location : ctx.config().locations()) {
            if (location.startsWith(LocationScanner.FILESYSTEM)) {
                return Paths.get(location.substring(LocationScanner.FILESYSTEM.length()));
            }
        }
        for (String location : ctx.config().locations()) {
            if (location.startsWith(LocationScanner.CLASSPATH)) {
                return Paths.get("src/main/resources", location.substring(LocationScanner.CLASSPATH.length()));
            }
        }
        throw new ConfigurationException("No directory to write the revision to: add a filesystem: location");
    }
}
