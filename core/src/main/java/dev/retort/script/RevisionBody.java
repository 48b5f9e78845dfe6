package dev.retort.script;

import dev.retort.JavaRevision;
import java.util.List;

/** What one direction of a revision does: SQL statements or a Java revision. */
public sealed interface RevisionBody {

    /** Statements split by the lexer, executed in order. */
    record Sql(List<SqlStatement> statements) implements RevisionBody {
        public Sql {
            statements = List.copyOf(statements);
        }
    }

    /** A {@link JavaRevision}'s upgrade or downgrade method. */
    record Java(JavaRevision revision) implements RevisionBody {
    }
}
