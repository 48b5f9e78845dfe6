package dev.retort.command;

import dev.retort.graph.RevisionNode;
import dev.retort.graph.RevisionResolutionException;
import dev.retort.script.RevisionBody;
import dev.retort.script.SqlStatement;
import java.util.ArrayList;
import java.util.List;

/** {@code show <rev>}: one revision with its SQL. */
public final class ShowCommand {

    /** @param downgradeSql null when the revision is irreversible */
    public record Result(RevisionSummary revision, List<String> children, String upgradeSql, String downgradeSql) {
    }

    private final CommandContext ctx;

    /** @param ctx the engine's shared context */
    public ShowCommand(CommandContext ctx) {
        this.ctx = ctx;
    }

    /** Exactly one revision: {@code identifier} must name one (the endpoint's form). */
    public Result run(String identifier) {
        List<RevisionNode> nodes = ctx.graph().resolve(identifier);
        if (nodes.isEmpty()) {
            throw new RevisionResolutionException("'" + identifier + "' resolves to base, which is not a revision");
        }
        if (nodes.size() > 1) {
            throw new RevisionResolutionException("'" + identifier + "' names " + nodes.size() + " revisions ("
                    + String.join(", ", nodes.stream().map(RevisionNode::id).toList()) + "); show one at a time");
        }
        return result(nodes.get(0));
    }

    /**
     * Every revision {@code identifier} names, as Alembic's {@code show} lists them: {@code heads} gives each
     * head, {@code base} none, {@code current} the database's current revisions (read from the database).
     */
    public List<Result> runAll(String identifier) {
        List<RevisionNode> nodes;
        if ("current".equals(identifier)) {
            DatabaseState state = StateReader.read(ctx, false);
            StateReader.refuseUnknown(ctx, state);
            nodes = new ArrayList<>();
            for (String version : state.versions()) {
                nodes.add(ctx.graph().node(version));
            }
        } else {
            nodes = ctx.graph().resolve(identifier);
        }
        return nodes.stream().map(ShowCommand::result).toList();
    }

    private static Result result(RevisionNode node) {
        return new Result(RevisionSummary.of(node), List.copyOf(node.children()), render(node.script().upgrade()),
                render(node.script().downgrade()));
    }

    static String render(RevisionBody body) {
        if (body == null) {
            return null;
        }
        if (body instanceof RevisionBody.Java java) {
            return "-- Java revision " + java.revision().getClass().getName();
        }
        StringBuilder b = new StringBuilder();
        for (SqlStatement s : ((RevisionBody.Sql) body).written()) { // as written: ${name} not expanded
            b.append(s.sql()).append(";\n");
        }
        return b.toString();
    }
}
